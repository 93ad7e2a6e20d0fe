import { describe, expect, it } from 'vitest';
import { spellingRows } from '../../../../src/lib/content/spellings';
import { countryName, isCountryCode } from '../../../../src/lib/content/countries';
import { localeOf } from '../../../../src/i18n';

describe('spellingRows()', () => {
	it('lists the kinds of spelling in display order, each with the language tag of its script, leaving out empty kinds', () => {
		const rows = spellingRows({
			latinBelarusian: ['Ales Bialiatski', { spelling: 'Ales Byalyatski', unverified: true }],
			latinRussian: [],
			cyrillicBelarusian: ['Алесь Бяляцкі'],
			cyrillicRussian: [{ spelling: 'Алесь Беляцкий', unverified: true }],
		});
		expect(rows).toEqual([
			{
				kind: 'latinBelarusian',
				script: 'be-Latn',
				spellings: [
					{ spelling: 'Ales Bialiatski', unverified: false },
					{ spelling: 'Ales Byalyatski', unverified: true },
				],
			},
			{ kind: 'cyrillicBelarusian', script: 'be', spellings: [{ spelling: 'Алесь Бяляцкі', unverified: false }] },
			{ kind: 'cyrillicRussian', script: 'ru', spellings: [{ spelling: 'Алесь Беляцкий', unverified: true }] },
		]);
	});

	it('gives every kind its script, and the dictionary a label for each', () => {
		const rows = spellingRows({
			latinBelarusian: ['a'],
			latinRussian: ['b'],
			cyrillicBelarusian: ['в'],
			cyrillicRussian: ['г'],
		});
		expect(rows.map((r) => [r.kind, r.script])).toEqual([
			['latinBelarusian', 'be-Latn'],
			['latinRussian', 'ru-Latn'],
			['cyrillicBelarusian', 'be'],
			['cyrillicRussian', 'ru'],
		]);
		expect(rows.map((r) => localeOf('en').t.spellingKinds[r.kind])).toEqual([
			'Latin, from Belarusian',
			'Latin, from Russian',
			'Cyrillic, Belarusian',
			'Cyrillic, Russian',
		]);
	});
});

describe('countryName()', () => {
	it('names a country in English by default, and in the language asked for', () => {
		expect(countryName('LT')).toBe('Lithuania');
		expect(countryName('LT', 'en')).toBe('Lithuania');
		expect(countryName('LT', 'be')).toBe('Літва');
		expect(countryName('LT', 'ru')).toBe('Литва');
		expect(countryName('PL', 'be')).toBe('Польшча');
		expect(countryName('UA', 'ru')).toBe('Украина');
	});

	it('tells country codes from grouping codes', () => {
		expect(isCountryCode('LT')).toBe(true);
		expect(isCountryCode('EU')).toBe(false);
		expect(isCountryCode('UK')).toBe(false);
		expect(isCountryCode('lt')).toBe(false);
	});
});
