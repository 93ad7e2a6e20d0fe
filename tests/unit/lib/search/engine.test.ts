import { describe, expect, it } from 'vitest';
import { prepareIndex, search, withinOneEdit, wordScore, type SearchDoc } from '../../../../src/lib/search/engine';

const DOCS: SearchDoc[] = [
	[
		'person',
		'Maria Kalesnikava',
		'/people/maria-kalesnikava/',
		'Musician',
		['Maria Kolesnikova', 'Марыя Калеснікава', 'Мария Колесникова'],
	],
	[
		'person',
		'Ales Bialiatski',
		'/people/ales-bialiatski/',
		'Human-rights defender',
		['Aleś Bialacki', 'Алесь Бяляцкі'],
	],
	['person', 'Maria Kalinina', '/people/maria-kalinina/', 'Made up', []],
	[
		'wave',
		'123 freed after talks',
		'/events/2025-12-13-x/',
		'13 December 2025',
		['Maria Kalesnikava', '2025-12-13', 'December 2025', '123', 'A summary that mentions Kolesnikova'],
	],
	['page', 'About', '/about/', 'What counts', []],
];
const index = prepareIndex(DOCS);
const urls = (query: string) => search(index, query).map((r) => r.doc[2]);

describe('withinOneEdit()', () => {
	it.each([
		['kolesnikova', 'kolesnikova', true],
		['kolesnkova', 'kolesnikova', true],
		['kolesnikoua', 'kalesnikoua', true],
		['kalesnikava', 'kolesnikova', false],
		['abc', 'abcde', false],
	])('%s ~ %s: %s', (a, b, expected) => {
		expect(withinOneEdit(a, b)).toBe(expected);
		expect(withinOneEdit(b, a)).toBe(expected);
	});
});

describe('wordScore()', () => {
	it('ranks an exact word over its beginning over a typo, and allows typos only from five letters', () => {
		expect(wordScore('kolesnikoua', 'kolesnikoua')).toBeGreaterThan(wordScore('koles', 'kolesnikoua'));
		expect(wordScore('koles', 'kolesnikoua')).toBeGreaterThan(wordScore('kolesnkoua', 'kolesnikoua'));
		expect(wordScore('kolesnkoua', 'kolesnikoua')).toBeGreaterThan(0);
		expect(wordScore('kolsn', 'kolesnikoua')).toBeGreaterThan(0);
		expect(wordScore('kals', 'kols')).toBe(0);
		expect(wordScore('xyzab', 'kolesnikoua')).toBe(0);
	});
});

describe('search()', () => {
	it('finds a person by a recorded spelling in either script and says which spelling matched', () => {
		for (const query of ['Kolesnikova', 'Колесникова', 'Калеснікава', 'kalesnikawa'])
			expect(urls(query)[0], query).toBe('/people/maria-kalesnikava/');
		expect(search(index, 'Колесникова')[0]!.matched).toBe('Maria Kolesnikova');
		expect(search(index, 'Kalesnikava')[0]!.matched).toBeUndefined();
	});

	it('matches as the reader types, word by word, and within one typo', () => {
		expect(urls('maria kal')).toEqual([
			'/people/maria-kalesnikava/',
			'/people/maria-kalinina/',
			'/events/2025-12-13-x/',
		]);
		expect(urls('kolesnkova')[0]).toBe('/people/maria-kalesnikava/');
		expect(urls('Bialacki')[0]).toBe('/people/ales-bialiatski/');
	});

	it('needs every word of the query, each meeting a different word', () => {
		expect(urls('maria bialiatski')).toEqual([]);
		expect(urls('maria maria')).toEqual([]);
	});

	it('ranks a person above the waves that name them, and finds waves by date and count, pages by title', () => {
		expect(urls('Kalesnikava')).toEqual(['/people/maria-kalesnikava/', '/events/2025-12-13-x/']);
		expect(urls('December 2025')).toEqual(['/events/2025-12-13-x/']);
		expect(urls('2025-12')).toEqual(['/events/2025-12-13-x/']);
		expect(urls('123')).toEqual(['/events/2025-12-13-x/']);
		expect(urls('about')).toEqual(['/about/']);
	});

	it('waits for a second letter and keeps to the limit', () => {
		expect(search(index, 'm')).toEqual([]);
		expect(search(index, '  ')).toEqual([]);
		expect(search(index, 'ma', 1)).toHaveLength(1);
	});
});
