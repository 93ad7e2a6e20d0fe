import { LANGUAGES, type Language } from './languages';
import { utcDate } from '../time/dates';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
	let value = cache.get(key);
	if (!value) {
		value = make();
		cache.set(key, value);
	}
	return value as T;
}

const DATE_STYLES = {
	long: { day: 'numeric', month: 'long', year: 'numeric' },
	short: { day: 'numeric', month: 'short', year: 'numeric' },
	'day-month': { day: 'numeric', month: 'short' },
	'month-year': { month: 'long', year: 'numeric' },
	month: { month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** How much of a date to write: "13 December 2025", "13 Dec 2025", "13 Dec", "December 2025", "Dec". */
export type DateStyle = keyof typeof DATE_STYLES;

/** Format a date in a language, in UTC: "13 December 2025", "13 снежня 2025 г.", "13 декабря 2025 г.". */
export function formatDateIn(lang: Language, date: string | Date, style: DateStyle = 'long'): string {
	const format = cached(
		`date:${lang}:${style}`,
		() => new Intl.DateTimeFormat(LANGUAGES[lang].intl, { ...DATE_STYLES[style], timeZone: 'UTC' })
	);
	return format.format(typeof date === 'string' ? utcDate(date) : date);
}

/** Format a span of days in a language, in UTC: "16–21 August 2024", "16–21 жніўня 2024", "16–21 августа 2024 г.". */
export function formatDateRangeIn(lang: Language, start: string, end: string): string {
	const format = cached(
		`range:${lang}`,
		() => new Intl.DateTimeFormat(LANGUAGES[lang].intl, { ...DATE_STYLES.long, timeZone: 'UTC' })
	);
	return format.formatRange(utcDate(start), utcDate(end));
}

/** Format a number in a language: "1,131" in English, "1 131" in Belarusian and Russian. */
export function formatNumberIn(lang: Language, value: number): string {
	return cached(
		`number:${lang}`,
		// CLDR leaves four-digit numbers ungrouped in Belarusian and Russian; the record writes "1 131" in every language.
		() => new Intl.NumberFormat(LANGUAGES[lang].intl, { useGrouping: 'always' })
	).format(value);
}

/** The forms of a counted word, by the language's plural categories; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Pick the form of a word for a count: 1 чалавек, 2 чалавекі, 5 чалавек; 1 волна, 3 волны, 5 волн. */
export function pluralIn(lang: Language, count: number, forms: PluralForms): string {
	const category = cached(`plural:${lang}`, () => new Intl.PluralRules(LANGUAGES[lang].intl)).select(count);
	return forms[category] ?? forms.other;
}

/** A count with its word: "1,131 people", "1 131 чалавек". */
export function countIn(lang: Language, count: number, forms: PluralForms): string {
	return `${formatNumberIn(lang, count)} ${pluralIn(lang, count, forms)}`;
}
