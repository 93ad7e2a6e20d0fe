import type { Messages } from '../../i18n/en';
import {
	countIn,
	formatDateIn,
	formatDateRangeIn,
	formatNumberIn,
	pluralIn,
	type DateStyle,
	type PluralForms,
} from './format';
import type { Language } from './languages';

/** Values put into a template's `{name}` placeholders. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Put values into a template: `fill('{n} waves', { n: 3 })` → `3 waves`; an unknown placeholder is
 * left as it is. A value that ends a sentence with its own full stop ("13 снежня 2025 г.") takes
 * the template's stop, so no sentence ends in two.
 */
export function fill(template: string, values: TemplateValues): string {
	return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
		if (!Object.hasOwn(values, name)) return whole;
		const value = String(values[name]);
		return stop && value.endsWith('.') ? value : `${value}${stop}`;
	});
}

/** Drop the full stop that starts `next` when the text before it already ends with one. */
export function joinStop(before: string, next: string): string {
	return before.endsWith('.') && next.startsWith('.') ? next.slice(1) : next;
}

/** Split a template at its placeholders, for markup that wraps some values: `['', {name: 'n'}, ' waves']`. */
export function templateParts(template: string): (string | { name: string })[] {
	return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? { name: part } : part));
}

/** The names of a template's placeholders, in order. */
export function placeholders(template: string): string[] {
	return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

/** A language and its dictionary, with the formatters every page and the chart use. */
export interface Locale<T = Messages> {
	lang: Language;
	t: T;
	/** A date in the language, in UTC: "13 December 2025", "13 снежня 2025 г.". */
	date(value: string | Date, style?: DateStyle): string;
	/** A span of days: "16–21 August 2024", or "16 August 2024 to about 21 August 2024" when the end is rough. */
	range(start: string, end?: string, endApproximate?: boolean): string;
	/** A year, month or day (`2020`, `2024-07`, `2025-12-13`): "2020", "July 2024", "13 December 2025". */
	partial(value: string): string;
	number(value: number): string;
	plural(count: number, forms: PluralForms): string;
	/** A number with its word: "1,131 people", "1 131 чалавек". */
	count(count: number, forms: PluralForms): string;
}

/** The messages a span with a rough end needs; every dictionary has them. */
type RangeMessages = { dates: { toAbout: string } };

/** Make the formatters of a language around its dictionary (or the part of it a browser script carries). */
export function makeLocale<T extends RangeMessages>(lang: Language, t: T): Locale<T> {
	const date = (value: string | Date, style?: DateStyle) => formatDateIn(lang, value, style);
	return {
		lang,
		t,
		date,
		range(start, end, endApproximate = false) {
			if (!end || end === start) return date(start);
			// "about" cannot sit inside a dash range, so a rough end is written out.
			if (endApproximate) return fill(t.dates.toAbout, { start: date(start), end: date(end) });
			return formatDateRangeIn(lang, start, end);
		},
		partial(value) {
			if (value.length === 4) return value;
			if (value.length === 7) return date(`${value}-01`, 'month-year');
			return date(value);
		},
		number: (value) => formatNumberIn(lang, value),
		plural: (count, forms) => pluralIn(lang, count, forms),
		count: (count, forms) => countIn(lang, count, forms),
	};
}
