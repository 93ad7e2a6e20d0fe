import type { Language } from '../i18n/languages';
import type { PersonData } from '../content/schema';
import { recordedSpellings } from './build-index';
import { groupByLetter, type LetterGroup } from './letters';

/** One line of the A–Z index: a spelling and the person it leads to. */
export interface NameEntry {
	spelling: string;
	/** The person's name as the page's language writes it. */
	name: string;
	url: string;
	/** True for a form a transliteration system gives, false for a spelling the person file records. */
	generated: boolean;
}

/** The Cyrillic spellings of a person, with the language each is written in. */
function cyrillic(data: Pick<PersonData, 'variants'>): [string, 'be' | 'ru'][] {
	const text = (v: string | { spelling: string }) => (typeof v === 'string' ? v : v.spelling);
	return [
		...data.variants.cyrillicBelarusian.map((v): [string, 'be'] => [text(v), 'be']),
		...data.variants.cyrillicRussian.map((v): [string, 'ru'] => [text(v), 'ru']),
	];
}

/**
 * Every name and spelling, A to Z, grouped by first letter: what the search pages list for readers
 * without JavaScript, one page per letter, so the browser's own find works for any of them.
 */
export function nameIndex(
	people: readonly { name: string; data: Pick<PersonData, 'name' | 'variants'>; url: string }[],
	generate: (cyrillic: string, lang: 'be' | 'ru') => string[],
	lang: Language
): LetterGroup<NameEntry>[] {
	const entries = people.flatMap(({ name, data, url }) => {
		const recorded = [name, ...recordedSpellings(data)];
		const generated = cyrillic(data).flatMap(([text, script]) => generate(text, script));
		const seen = new Set<string>();
		return [...recorded.map((s) => [s, false] as const), ...generated.map((s) => [s, true] as const)].flatMap(
			([spelling, isGenerated]): NameEntry[] => {
				if (seen.has(spelling)) return [];
				seen.add(spelling);
				return [{ spelling, name, url, generated: isGenerated }];
			}
		);
	});
	return groupByLetter(entries, (e) => e.spelling, lang);
}
