import { describe, expect, it } from 'vitest';
import { LANGUAGE_LIST, languagePaths, pageLocale } from '../../../src/i18n/pages';
import { DICTIONARIES, localeOf } from '../../../src/i18n';

describe('languagePaths()', () => {
	it('builds every page in every language: English at the root, the others under their code', () => {
		expect(LANGUAGE_LIST).toEqual(['en', 'be', 'ru']);
		expect(languagePaths()).toEqual([
			{ params: { lang: undefined }, props: { lang: 'en' } },
			{ params: { lang: 'be' }, props: { lang: 'be' } },
			{ params: { lang: 'ru' }, props: { lang: 'ru' } },
		]);
	});
});

describe('pageLocale()', () => {
	it.each([
		['https://example.org/', 'en'],
		['https://example.org/about/', 'en'],
		['https://example.org/be/', 'be'],
		['https://example.org/be/events/2025-12-13-clemency-123/', 'be'],
		['https://example.org/ru/people/?q=x#y', 'ru'],
		['https://example.org/de/', 'en'],
	] as const)('reads the language of %s as %s, with its dictionary', (url, lang) => {
		const loc = pageLocale(new URL(url));
		expect(loc).toBe(localeOf(lang));
		expect(loc.t).toBe(DICTIONARIES[lang]);
	});
});
