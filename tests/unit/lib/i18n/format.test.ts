import { describe, expect, it } from 'vitest';
import { countIn, formatDateIn, formatNumberIn, pluralIn } from '../../../../src/lib/i18n/format';

const PEOPLE = {
	en: { one: 'person', other: 'people' },
	be: { one: 'чалавек', few: 'чалавекі', many: 'чалавек', other: 'чалавека' },
	ru: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' },
} as const;

describe('formatDateIn()', () => {
	it.each([
		['en', '13 December 2025'],
		['be', '13 снежня 2025 г.'],
		['ru', '13 декабря 2025 г.'],
	] as const)('writes a date in %s, in UTC whatever the time zone', (lang, text) => {
		expect(formatDateIn(lang, '2025-12-13')).toBe(text);
	});
});

describe('formatNumberIn()', () => {
	it('groups thousands as each language does', () => {
		expect(formatNumberIn('en', 1131)).toBe('1,131');
		expect(formatNumberIn('be', 1131).replace(/\s/g, ' ')).toBe('1 131');
		expect(formatNumberIn('ru', 1131).replace(/\s/g, ' ')).toBe('1 131');
	});
});

describe('pluralIn()', () => {
	it.each([
		['be', 1, 'чалавек'],
		['be', 2, 'чалавекі'],
		['be', 5, 'чалавек'],
		['be', 21, 'чалавек'],
		['be', 22, 'чалавекі'],
		['ru', 1, 'человек'],
		['ru', 3, 'человека'],
		['ru', 11, 'человек'],
		['ru', 123, 'человека'],
		['en', 1, 'person'],
		['en', 250, 'people'],
	] as const)('gives %s %i the right form', (lang, count, word) => {
		expect(pluralIn(lang, count, PEOPLE[lang])).toBe(word);
	});

	it('joins a formatted count and its word', () => {
		expect(countIn('en', 1131, PEOPLE.en)).toBe('1,131 people');
		expect(countIn('ru', 250, PEOPLE.ru)).toBe('250 человек');
	});
});
