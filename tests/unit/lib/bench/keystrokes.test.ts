import { describe, expect, it } from 'vitest';
import { percentile, typedQueries } from '../../../../src/lib/bench/keystrokes';

const person = (name: string, cyrillicRussian: (string | { spelling: string; unverified: true })[] = []) => ({
	name,
	variants: { latinBelarusian: [name], latinRussian: [], cyrillicBelarusian: [], cyrillicRussian },
});

describe('typedQueries()', () => {
	it('types the Russian spelling in Latin letters, or the English name when there is none', () => {
		expect(typedQueries([person('Ales Bialiatski', ['Алесь Беляцкий']), person('Rico Krieger')], 2)).toEqual([
			'Ales Beliatskii',
			'Rico Krieger',
		]);
	});

	it('takes people spread over the whole list, not only the first', () => {
		const people = Array.from({ length: 100 }, (_, i) => person(`Person ${i}`));
		expect(typedQueries(people, 4)).toEqual(['Person 0', 'Person 25', 'Person 50', 'Person 75']);
		expect(typedQueries(people.slice(0, 3), 20)).toEqual(['Person 0', 'Person 1', 'Person 2']);
	});
});

describe('percentile()', () => {
	it('reads the median and the top of sorted timings, to a tenth of a millisecond', () => {
		const sorted = [10, 11.04, 12, 13, 40.26];
		expect(percentile(sorted, 0.5)).toBe(12);
		expect(percentile(sorted, 1)).toBe(40.3);
	});
});
