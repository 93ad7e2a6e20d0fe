import { countryName, isCountryCode } from '../content/countries';
import { TRANSLATED_LANGUAGES } from '../i18n/languages';
import { en } from '../../i18n/en';

/** One allowed value and the other ways an editor may write it: the label the site shows, a country's names. */
export interface Choice {
	value: string;
	names?: readonly string[];
}

/** Case, diacritics, spaces, hyphens and underscores do not tell two spellings apart: "Negotiated release" is `negotiated-release`. */
function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Edits (insert, delete, replace, swap two neighbours) between two texts. */
function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, d[i - 2]![j - 2]! + 1);
			d[i]![j] = best;
		}
	return d[a.length]![b.length]!;
}

/** The one value a set of candidates agrees on, or undefined when none or several match. */
function single(values: readonly string[]): string | undefined {
	const distinct = new Set(values);
	return distinct.size === 1 ? [...distinct][0] : undefined;
}

/**
 * The allowed value an editor most likely meant: the value itself written differently, then a label or name,
 * then the one value it is the start of ("approx"), then the one value within a typo or two. Undefined when nothing is close enough or two values are equally close,
 * so a suggestion is never a guess between two.
 */
export function suggestValue(found: string, choices: readonly Choice[]): string | undefined {
	const key = normalise(found);
	if (!key) return undefined;
	const byValue = single(choices.filter((c) => normalise(c.value) === key).map((c) => c.value));
	if (byValue) return byValue;
	const byName = single(choices.filter((c) => c.names?.some((n) => normalise(n) === key)).map((c) => c.value));
	if (byName) return byName;
	// A two-letter code is one edit from dozens of others: only longer words are close by spelling.
	if (key.length < 4) return undefined;
	const spellings = (c: Choice) => [c.value, ...(c.names ?? [])].map(normalise);
	const byStart = single(choices.filter((c) => spellings(c).some((s) => s.startsWith(key))).map((c) => c.value));
	if (byStart) return byStart;
	const allowed = Math.max(1, Math.floor(key.length / 4));
	let best: { distance: number; values: string[] } = { distance: allowed + 1, values: [] };
	for (const choice of choices)
		for (const spelling of spellings(choice)) {
			const distance = editDistance(key, spelling);
			if (distance < best.distance) best = { distance, values: [choice.value] };
			else if (distance === best.distance) best.values.push(choice.value);
		}
	return single(best.values);
}

/** The site's English words for each vocabulary, by value: `negotiated-release` is shown as "Negotiated release". */
const LABEL_SETS: readonly Readonly<Record<string, string>>[] = [
	en.kinds,
	en.conditions,
	en.outcomes,
	en.bases,
	en.disputeTopics,
	en.tallyMeasures,
];

/** The allowed values of an enum field with the labels the site shows for them, when it shows any. */
export function enumChoices(values: readonly string[]): Choice[] {
	const labels = LABEL_SETS.find(
		(set) => Object.keys(set).length === values.length && values.every((value) => value in set)
	);
	return values.map((value) => ({ value, names: labels?.[value] === undefined ? [] : [labels[value]] }));
}

/** Names the display names leave out, as editors write them. */
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
	US: ['USA', 'America', 'United States of America'],
	GB: ['UK', 'Britain', 'Great Britain', 'England'],
	CZ: ['Czech Republic'],
	NL: ['Holland'],
	RU: ['Russian Federation'],
	MD: ['Moldavia'],
	DE: ['Deutschland'],
	PL: ['Polska'],
	LT: ['Lietuva'],
	LV: ['Latvija'],
};

let countries: Choice[] | undefined;

/** Every ISO 3166-1 code, with its names in English, Belarusian and Russian and the usual short forms. */
export function countryChoices(): Choice[] {
	if (countries) return countries;
	const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
	countries = letters
		.flatMap((a) => letters.map((b) => a + b))
		.filter(isCountryCode)
		.map((value) => ({
			value,
			names: [
				countryName(value),
				...TRANSLATED_LANGUAGES.map((lang) => countryName(value, lang)),
				...(COUNTRY_ALIASES[value] ?? []),
			],
		}));
	return countries;
}
