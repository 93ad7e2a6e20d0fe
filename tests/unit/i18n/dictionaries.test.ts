import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../src/i18n';
import { placeholders } from '../../../src/lib/i18n/locale';
import { TRANSLATED_LANGUAGES } from '../../../src/lib/i18n/languages';
import { chartMessages } from '../../../src/lib/timeline/messages';
import { DRAWING_KEYS } from '../../../src/lib/timeline/types';

const PLURAL_CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** The categories Belarusian and Russian counts fall into: 1, 2–4, 5–20 and fractions. */
const SLAVIC_CATEGORIES = ['few', 'many', 'one', 'other'];

type Tree = { readonly [key: string]: unknown };

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An English value that holds the forms of a counted word rather than more strings. */
const isPluralForms = (value: unknown): value is Tree =>
	isTree(value) && 'other' in value && Object.keys(value).every((key) => PLURAL_CATEGORIES.includes(key));

/** Every leaf of a dictionary with its dotted path; plural forms are one leaf. */
function leaves(tree: Tree, path: string[] = []): [string, unknown][] {
	return Object.entries(tree).flatMap(([key, value]) =>
		isTree(value) && !isPluralForms(value) ? leaves(value, [...path, key]) : [[[...path, key].join('.'), value]]
	);
}

/** The value at a dotted path, or undefined. */
const at = (tree: unknown, path: string): unknown =>
	path.split('.').reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), tree);

/** Every object's key set, by path, plural forms left out: the shape of a dictionary. */
function shape(tree: Tree, path: string[] = []): [string, string[]][] {
	if (isPluralForms(tree)) return [];
	return [
		[path.join('.'), Object.keys(tree).sort()],
		...Object.entries(tree).flatMap(([key, value]) => (isTree(value) ? shape(value, [...path, key]) : [])),
	];
}

/**
 * The strings a translation may leave as the English: the site's name, which is a proper name, and
 * templates made only of placeholders and punctuation.
 */
const SAME_AS_ENGLISH = new Set([
	'site.name',
	'precisions.exact',
	'chart.markWave',
	'chart.annotationHead',
	'figures.entryName',
	'event.count',
	'person.description',
	'socialImage.waveLine',
	// The name of the hash function, the same in every language.
	'data.releases.sha256',
]);

const en = DICTIONARIES.en as unknown as Tree;
const ENGLISH = leaves(en);

describe('the English dictionary', () => {
	it('has no empty string, and every plural form has `one` and `other`', () => {
		for (const [path, value] of ENGLISH) {
			if (isPluralForms(value)) expect(Object.keys(value).sort(), path).toEqual(['one', 'other']);
			else expect(typeof value === 'string' && value.trim() !== '', path).toBe(true);
		}
	});

	it('allows only strings that exist to stay the same in a translation', () => {
		for (const path of SAME_AS_ENGLISH) expect(typeof at(en, path), path).toBe('string');
	});
});

describe.each(TRANSLATED_LANGUAGES)('the %s dictionary', (lang) => {
	const t = DICTIONARIES[lang] as unknown as Tree;

	it('has the same keys as the English, at every level', () => {
		expect(shape(t)).toEqual(shape(en));
	});

	it('gives every counted word in the one, few, many and other forms', () => {
		const plurals = ENGLISH.filter(([, value]) => isPluralForms(value));
		expect(plurals.map(([path]) => path)).toEqual(['words.people', 'words.waves']);
		for (const [path] of plurals) {
			const forms = at(t, path);
			expect(isTree(forms), path).toBe(true);
			expect(Object.keys(forms as Tree).sort(), path).toEqual(SLAVIC_CATEGORIES);
			for (const form of Object.values(forms as Tree)) {
				expect(typeof form === 'string' && form.trim() !== '' && placeholders(form).length === 0, path).toBe(true);
			}
		}
	});

	it('has no empty string', () => {
		for (const [path, value] of ENGLISH) {
			if (isPluralForms(value)) continue;
			const text = at(t, path);
			expect(typeof text, path).toBe('string');
			expect((text as string).trim(), path).not.toBe('');
		}
	});

	it('uses exactly the placeholders of the English in every string', () => {
		for (const [path, value] of ENGLISH) {
			if (typeof value !== 'string') continue;
			const text = at(t, path) as string;
			expect(new Set(placeholders(text)), `${path}: ${text}`).toEqual(new Set(placeholders(value)));
		}
	});

	it('translates every string but the few that are names or only placeholders', () => {
		const same = ENGLISH.filter(([path, value]) => typeof value === 'string' && at(t, path) === value).map(
			([path]) => path
		);
		expect(same.filter((path) => !SAME_AS_ENGLISH.has(path))).toEqual([]);
	});
});

describe('chartMessages()', () => {
	it.each(['en', 'be', 'ru'] as const)('gives the browser only the drawing strings of the %s chart', (lang) => {
		const t = DICTIONARIES[lang];
		const messages = chartMessages(t);
		expect(Object.keys(messages).sort()).toEqual([
			'chart',
			'counts',
			'dates',
			'kinds',
			'mixedKinds',
			'precisions',
			'words',
		]);
		expect(Object.keys(messages.chart).sort()).toEqual([...DRAWING_KEYS].sort());
		for (const key of DRAWING_KEYS) expect(messages.chart[key]).toBe(t.chart[key]);
		expect(messages).toMatchObject({
			words: t.words,
			precisions: t.precisions,
			kinds: t.kinds,
			mixedKinds: t.mixedKinds,
			dates: t.dates,
			counts: t.counts,
		});
	});

	it('leaves out the strings only the page itself shows', () => {
		const { chart } = chartMessages(DICTIONARIES.en);
		expect(Object.keys(DICTIONARIES.en.chart).length).toBeGreaterThan(DRAWING_KEYS.length);
		for (const key of ['filterForm', 'tables', 'columnDate', 'year']) expect(chart).not.toHaveProperty(key);
	});
});
