import { describe, expect, it } from 'vitest';
import { byScript, groupByLetter, letterSlug, scriptOf } from '../../../../src/lib/search/letters';
import { peopleByLetter } from '../../../../src/lib/search/letter-pages';

const NAMES = ['Zoe', 'Ales', 'Бяляцкі', 'Аляксей', 'Ёлкін', 'Іван', 'Žanna', 'Łukasz', 'Anna', 'Бабарыка', '"Vasil"'];
const byName = (lang: 'en' | 'be' | 'ru', names = NAMES) =>
	groupByLetter(names, (name) => name, lang).map(({ letter, slug, items }) => [letter, slug, items]);

describe('groupByLetter()', () => {
	it('puts every name on exactly one letter, none lost and none twice, in every language', () => {
		for (const lang of ['en', 'be', 'ru'] as const) {
			const listed = groupByLetter(NAMES, (n) => n, lang).flatMap((g) => g.items);
			expect(listed.toSorted()).toEqual(NAMES.toSorted());
		}
	});

	it('lists letters and names in the alphabet of the page’s language: Latin first in English, Cyrillic first in be and ru', () => {
		expect(byName('en')).toEqual([
			['#', 'other', ['"Vasil"']],
			['A', 'a', ['Ales', 'Anna']],
			['Ł', 'ł', ['Łukasz']],
			['Z', 'z', ['Žanna', 'Zoe']],
			['А', 'а', ['Аляксей']],
			['Б', 'б', ['Бабарыка', 'Бяляцкі']],
			['Е', 'е', ['Ёлкін']],
			['І', 'і', ['Іван']],
		]);
		expect(byName('be').map(([letter]) => letter)).toEqual(['#', 'А', 'Б', 'Е', 'І', 'A', 'Ł', 'Z']);
		expect(byName('ru').map(([letter]) => letter)).toEqual(['#', 'А', 'Б', 'Е', 'І', 'A', 'Ł', 'Z']);
	});

	it('gives the same pages whatever order the files are read in', () => {
		expect(byName('be', NAMES.toReversed())).toEqual(byName('be'));
	});

	it('has no page for a letter no one’s name begins with', () => {
		const letters = byName('en', ['Anna', 'Zoe']).map(([letter]) => letter);
		expect(letters).toEqual(['A', 'Z']);
		expect(groupByLetter([], (n: string) => n, 'en')).toEqual([]);
	});
});

describe('letterSlug()', () => {
	it('keeps the letter, in lower case, and names the group of other signs in words an address can hold', () => {
		expect(letterSlug('Б')).toBe('б');
		expect(letterSlug('Z')).toBe('z');
		expect(letterSlug('#')).toBe('other');
	});
});

describe('peopleByLetter()', () => {
	it('groups people by their name as the page’s language writes it', () => {
		const people = [
			{ id: 'ales-bialiatski', data: { name: 'Алесь Бяляцкі' } },
			{ id: 'maria-kalesnikava', data: { name: 'Марыя Калеснікава' } },
			{ id: 'ihar-losik', data: { name: 'Ігар Лосік' } },
		];
		expect(peopleByLetter(people, 'be').map((g) => [g.letter, g.items.map((p) => p.id)])).toEqual([
			['А', ['ales-bialiatski']],
			['І', ['ihar-losik']],
			['М', ['maria-kalesnikava']],
		]);
	});
});

describe('byScript()', () => {
	it('gives each alphabet a list of its own, so Cyrillic В and Р never stand beside Latin B and P', () => {
		const letters = ['#', 'А', 'В', 'Р', 'Ў', 'A', 'B', 'Ł', 'P', '7'].map((letter) => ({ letter }));
		expect(byScript(letters).map(({ script, letters: row }) => [script, row.map((l) => l.letter).join('')])).toEqual([
			['other', '#7'],
			['cyrillic', 'АВРЎ'],
			['latin', 'ABŁP'],
		]);
		expect(['А', 'A', 'Р', 'P'].map(scriptOf)).toEqual(['cyrillic', 'latin', 'cyrillic', 'latin']);
	});

	it('keeps the letters of one alphabet in one list, in their order', () => {
		expect(byScript(byName('be').map(([letter]) => ({ letter: letter as string }))).map((row) => row.script)).toEqual([
			'other',
			'cyrillic',
			'latin',
		]);
		expect(byScript([])).toEqual([]);
	});
});
