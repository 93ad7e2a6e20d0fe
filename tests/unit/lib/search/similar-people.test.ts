import { describe, expect, it } from 'vitest';
import { didYouMean, probableDuplicates, suggestPerson } from '../../../../src/lib/search/similar-people';
import type { PersonData } from '../../../../src/lib/content/schema';

const person = (name: string, variants: Partial<PersonData['variants']> = {}) => ({
	name,
	variants: { latinBelarusian: [], latinRussian: [], cyrillicBelarusian: [], cyrillicRussian: [], ...variants },
});
const people = new Map([
	[
		'maria-kalesnikava',
		person('Maria Kalesnikava', { latinRussian: ['Maria Kolesnikova'], cyrillicRussian: ['Мария Колесникова'] }),
	],
	['ales-bialiatski', person('Ales Bialiatski', { latinRussian: ['Ales Belyatsky'] })],
]);

describe('suggestPerson() and didYouMean()', () => {
	it('names the person an unknown id spells, and the spelling it matched', () => {
		expect(suggestPerson('maria-kolesnikova', people)).toEqual({
			id: 'maria-kalesnikava',
			spelling: 'Maria Kolesnikova',
		});
		expect(didYouMean('ales-belyatsky', people)).toBe('; did you mean "ales-bialiatski" (Ales Belyatsky)?');
		expect(suggestPerson('kalesnikava', people)?.id).toBe('maria-kalesnikava');
	});

	it('suggests nobody for an id that spells no one', () => {
		expect(didYouMean('nobody-at-all', people)).toBe('');
	});
});

describe('probableDuplicates()', () => {
	it('pairs people whose full names fold alike, in any script', () => {
		const twice = new Map([
			...people,
			['mariya-kolesnikova', person('Mariya Kolesnikova', { cyrillicBelarusian: ['Марыя Калеснікава'] })],
		]);
		expect(probableDuplicates(twice)).toEqual([
			{ ids: ['maria-kalesnikava', 'mariya-kolesnikova'], spellings: ['Maria Kolesnikova', 'Mariya Kolesnikova'] },
		]);
	});

	it('does not pair people who only share a surname', () => {
		const family = new Map([...people, ['pavel-kalesnikau', person('Pavel Kalesnikava')]]);
		expect(probableDuplicates(family)).toEqual([]);
	});
});
