import type { PersonData } from '../content/schema';
import { spellingRows } from '../content/spellings';
import { transliterate } from '../search/transliterate';

/**
 * What a benchmark types into the search: for `count` people spread over the list, the name as a reader who knows
 * it from the Russian press would spell it in Latin letters (so the search has to fold and fuzzy-match), or the
 * usual English name when no Russian spelling is recorded.
 */
export function typedQueries(people: readonly Pick<PersonData, 'name' | 'variants'>[], count = 20): string[] {
	const n = Math.min(count, people.length);
	const picked = Array.from({ length: n }, (_, i) => people[Math.floor((i * people.length) / n)]!);
	return picked.map((person) => {
		const russian = spellingRows(person.variants).find((row) => row.kind === 'cyrillicRussian')?.spellings[0];
		return russian ? transliterate(russian.spelling, 'ru-icao') : person.name;
	});
}

/** The value below which the share `q` (0–1) of the sorted `values` lie, to a tenth. */
export function percentile(sorted: readonly number[], q: number): number {
	if (!sorted.length) return Number.NaN;
	return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
}
