import { describe, expect, it } from 'vitest';
import { fill, joinStop, makeLocale, placeholders, templateParts } from '../../../../src/lib/i18n/locale';
import { DICTIONARIES, localeOf } from '../../../../src/i18n';
import { chartMessages } from '../../../../src/lib/timeline/messages';

const en = localeOf('en');
const be = localeOf('be');
const ru = localeOf('ru');

// The spaces Intl (ICU 77, Node 24) puts into these formats, written out so a test shows which it expects.
const NBSP = '\u00a0'; // no-break space: "1 131"
const NNBSP = '\u202f'; // narrow no-break space: "2024 г." in a Russian range
const THIN = '\u2009'; // thin space: around the dash of an English range across months

describe('fill()', () => {
	it('puts values into their placeholders, numbers written as given', () => {
		expect(fill('{n} waves', { n: 3 })).toBe('3 waves');
		expect(
			fill('{date}: {count} {verb} ({kind})', {
				date: '13 December 2025',
				count: '123',
				verb: 'released',
				kind: 'pardon',
			})
		).toBe('13 December 2025: 123 released (pardon)');
		expect(fill('{a}, {a} and {b}', { a: 'x', b: 0 })).toBe('x, x and 0');
		expect(fill('No placeholder.', { n: 1 })).toBe('No placeholder.');
	});

	it('leaves a placeholder it has no value for as it is, even one named like a property of every object', () => {
		expect(fill('{n} of {total}', { n: 2 })).toBe('2 of {total}');
		expect(fill('{toString} {constructor}', {})).toBe('{toString} {constructor}');
	});

	it('puts a value in literally, even one that looks like a replacement pattern', () => {
		expect(fill('{name}', { name: '$& $1 $$' })).toBe('$& $1 $$');
		expect(fill('{a}', { a: '{b}', b: 'no' })).toBe('{b}');
	});

	it("lets a value that ends in a full stop take the template's stop, so no sentence ends in two", () => {
		expect(fill('Data as of {date}.', { date: '13 снежня 2025 г.' })).toBe('Data as of 13 снежня 2025 г.');
		expect(fill('Data as of {date}.', { date: '13 December 2025' })).toBe('Data as of 13 December 2025.');
		expect(fill('{a}. {b}.', { a: 'One.', b: 'Two' })).toBe('One. Two.');
		// Only a stop right after the placeholder is taken.
		expect(fill('{date}, then.', { date: 'г.' })).toBe('г., then.');
	});
});

describe('joinStop()', () => {
	it('drops the full stop that starts the next text when the text before already ends with one', () => {
		expect(joinStop('13 снежня 2025 г.', '. More')).toBe(' More');
		expect(joinStop('13 December 2025', '. More')).toBe('. More');
		expect(joinStop('г.', ', more')).toBe(', more');
	});
});

describe('templateParts()', () => {
	it('splits a template at its placeholders, text at even places and names at odd ones', () => {
		expect(templateParts('{n} waves')).toEqual(['', { name: 'n' }, ' waves']);
		expect(templateParts('Showing {shown} of {total}.')).toEqual([
			'Showing ',
			{ name: 'shown' },
			' of ',
			{ name: 'total' },
			'.',
		]);
		expect(templateParts('{a}{b}')).toEqual(['', { name: 'a' }, '', { name: 'b' }, '']);
		expect(templateParts('No placeholder')).toEqual(['No placeholder']);
	});
});

describe('placeholders()', () => {
	it('names the placeholders of a template in order, repeats included', () => {
		expect(placeholders('{date}: {count} {verb}')).toEqual(['date', 'count', 'verb']);
		expect(placeholders('{a} and {a}')).toEqual(['a', 'a']);
		expect(placeholders('none { here }')).toEqual([]);
	});
});

describe('Locale.date()', () => {
	it.each([
		['en', '13 December 2025'],
		['be', '13 снежня 2025 г.'],
		['ru', '13 декабря 2025 г.'],
	] as const)('writes a date in %s, in UTC whatever the time zone', (lang, text) => {
		const loc = localeOf(lang);
		expect(loc.date('2025-12-13')).toBe(text);
		expect(loc.date(new Date(Date.UTC(2025, 11, 13)))).toBe(text);
	});

	it('writes the shorter styles', () => {
		expect(en.date('2025-03-30')).toBe('30 March 2025');
		expect(en.date('2025-12-13', 'short')).toBe('13 Dec 2025');
		expect(en.date('2025-09-11', 'short')).toBe('11 Sept 2025');
		expect(en.date('2025-12-13', 'day-month')).toBe('13 Dec');
		expect(en.date('2025-12-13', 'month-year')).toBe('December 2025');
		expect(en.date('2025-12-13', 'month')).toBe('Dec');
		expect(be.date('2025-12-13', 'month-year')).toBe('снежань 2025');
		expect(ru.date('2025-12-13', 'short')).toBe('13 дек. 2025 г.');
	});

	it('keeps the day of a date at the turn of a year in a zone west of UTC', () => {
		expect(en.date('2025-01-01')).toBe('1 January 2025');
		expect(ru.date('2024-12-31')).toBe('31 декабря 2024 г.');
	});
});

describe('Locale.range()', () => {
	it('writes a single day when the end is absent or the same day, rough or not', () => {
		expect(en.range('2024-08-16')).toBe('16 August 2024');
		expect(en.range('2024-08-16', '2024-08-16')).toBe('16 August 2024');
		expect(en.range('2024-08-16', undefined, true)).toBe('16 August 2024');
		expect(be.range('2024-08-16', '2024-08-16', true)).toBe('16 жніўня 2024 г.');
	});

	// Intl's formatRange: within a month as before ("16–21 August 2024"); across months and years
	// it puts thin spaces around the dash where the old hand-made English range had plain ones.
	it.each([
		['en', '2024-08-16', '2024-08-21', '16–21 August 2024'],
		['en', '2024-11-28', '2024-12-02', `28 November${THIN}–${THIN}2 December 2024`],
		['en', '2024-12-30', '2025-01-02', `30 December 2024${THIN}–${THIN}2 January 2025`],
		['be', '2024-08-16', '2024-08-21', '16–21 жніўня 2024'],
		['be', '2024-11-28', '2024-12-02', '28 лістапада – 2 снежня 2024'],
		['be', '2024-12-30', '2025-01-02', '30 снежня 2024 – 2 студзеня 2025'],
		['ru', '2024-08-16', '2024-08-21', `16–21 августа 2024${NNBSP}г.`],
		['ru', '2024-11-28', '2024-12-02', `28 ноября – 2 декабря 2024${NNBSP}г.`],
		['ru', '2024-12-30', '2025-01-02', `30 декабря 2024${NNBSP}г. – 2 января 2025${NNBSP}г.`],
	] as const)('writes %s %s to %s as %j', (lang, start, end, text) => {
		expect(localeOf(lang).range(start, end)).toBe(text);
	});

	it('writes a roughly known end out in words: "about" cannot sit inside a dash range', () => {
		expect(en.range('2024-08-16', '2024-08-21', true)).toBe('16 August 2024 to about 21 August 2024');
		expect(en.range('2024-08-16', '2024-08-21')).toBe('16–21 August 2024');
		expect(be.range('2024-08-16', '2024-08-21', true)).toBe(
			fill(be.t.dates.toAbout, { start: '16 жніўня 2024 г.', end: '21 жніўня 2024 г.' })
		);
		expect(ru.range('2024-12-30', '2025-01-02', true)).toBe(
			fill(ru.t.dates.toAbout, { start: '30 декабря 2024 г.', end: '2 января 2025 г.' })
		);
	});
});

describe('Locale.partial()', () => {
	it.each([
		['en', '2020', '2020'],
		['en', '2024-07', 'July 2024'],
		['en', '2024-01', 'January 2024'],
		['en', '2025-12', 'December 2025'],
		['en', '2025-12-13', '13 December 2025'],
		['en', '2025-01-01', '1 January 2025'],
		['be', '2020', '2020'],
		['be', '2024-07', 'ліпень 2024'],
		['be', '2025-12-13', '13 снежня 2025 г.'],
		['ru', '2020', '2020'],
		['ru', '2024-07', 'июль 2024 г.'],
		['ru', '2025-01-01', '1 января 2025 г.'],
	] as const)('writes the %s partial date %s as %j, whatever the time zone', (lang, value, text) => {
		expect(localeOf(lang).partial(value)).toBe(text);
	});
});

describe('Locale.number()', () => {
	it('groups thousands as each language does, four-digit numbers too', () => {
		expect(en.number(1131)).toBe('1,131');
		expect(en.number(123)).toBe('123');
		expect(en.number(12_345)).toBe('12,345');
		expect(be.number(1131)).toBe(`1${NBSP}131`);
		expect(ru.number(1131)).toBe(`1${NBSP}131`);
		expect(ru.number(12_345)).toBe(`12${NBSP}345`);
		expect(be.number(605)).toBe('605');
	});
});

describe('Locale.plural() and count()', () => {
	it.each([
		[1, 'чалавек', 'хваля', 'человек', 'волна'],
		[2, 'чалавекі', 'хвалі', 'человека', 'волны'],
		[5, 'чалавек', 'хваляў', 'человек', 'волн'],
		[11, 'чалавек', 'хваляў', 'человек', 'волн'],
		[21, 'чалавек', 'хваля', 'человек', 'волна'],
		[22, 'чалавекі', 'хвалі', 'человека', 'волны'],
		[25, 'чалавек', 'хваляў', 'человек', 'волн'],
	])('words %i people and waves in Belarusian and Russian', (n, bePeople, beWaves, ruPeople, ruWaves) => {
		expect(be.plural(n, be.t.words.people)).toBe(bePeople);
		expect(be.plural(n, be.t.words.waves)).toBe(beWaves);
		expect(ru.plural(n, ru.t.words.people)).toBe(ruPeople);
		expect(ru.plural(n, ru.t.words.waves)).toBe(ruWaves);
		expect(be.count(n, be.t.words.waves)).toBe(`${n} ${beWaves}`);
		expect(ru.count(n, ru.t.words.people)).toBe(`${n} ${ruPeople}`);
	});

	it('words English counts and puts the formatted number before the word', () => {
		expect(en.plural(1, en.t.words.people)).toBe('person');
		expect(en.plural(2, en.t.words.people)).toBe('people');
		expect(en.count(1, en.t.words.waves)).toBe('1 wave');
		expect(en.count(1131, en.t.words.people)).toBe('1,131 people');
		expect(be.count(1131, be.t.words.people)).toBe(`1${NBSP}131 чалавек`);
		expect(ru.count(1500, ru.t.words.waves)).toBe(`1${NBSP}500 волн`);
	});

	it('falls back to the `other` form when the forms lack the category', () => {
		expect(ru.plural(5, { one: 'x', other: 'y' })).toBe('y');
	});
});

describe('makeLocale()', () => {
	it('works on the part of a dictionary the browser carries, as on the whole', () => {
		const browser = makeLocale('be', chartMessages(DICTIONARIES.be));
		expect(browser.lang).toBe('be');
		expect(browser.range('2024-08-16', '2024-08-21', true)).toBe(be.range('2024-08-16', '2024-08-21', true));
		expect(browser.count(22, browser.t.words.waves)).toBe('22 хвалі');
	});

	it('makes each language once', () => {
		expect(localeOf('ru')).toBe(ru);
		expect(ru.t).toBe(DICTIONARIES.ru);
	});
});
