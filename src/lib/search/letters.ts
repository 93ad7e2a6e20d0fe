import type { Language } from '../i18n/languages';

/** One letter of an A–Z list, with the address part of its page and what is listed under it, in order. */
export interface LetterGroup<T> {
	letter: string;
	slug: string;
	items: T[];
}

/** What a name is listed under: its first letter without accents (Ž under Z, as before), anything else under #. */
function initial(text: string): string {
	const first = text.trim().normalize('NFD').charAt(0).toLocaleUpperCase();
	return /[\p{L}\p{N}]/u.test(first) ? first : '#';
}

/** The letter as it appears in a page's address: lower case, and `other` for #, which an address cannot hold. */
export const letterSlug = (letter: string) => (letter === '#' ? 'other' : letter.toLocaleLowerCase());

/**
 * Sort by the language's alphabet and group by first letter, letters in that order, so a list that grows with
 * the record can be one page per letter. A letter no one's name starts with has no group.
 */
export function groupByLetter<T>(items: readonly T[], textOf: (item: T) => string, lang: Language): LetterGroup<T>[] {
	const collator = new Intl.Collator(lang);
	const groups = new Map<string, T[]>();
	for (const item of items.toSorted((a, b) => collator.compare(textOf(a), textOf(b)))) {
		const letter = initial(textOf(item));
		const list = groups.get(letter);
		if (list) list.push(item);
		else groups.set(letter, [item]);
	}
	return [...groups].map(([letter, list]) => ({ letter, slug: letterSlug(letter), items: list }));
}

/** The alphabet a letter belongs to, so that look-alikes (Cyrillic А and Latin A) are never shown side by side. */
export type LetterScript = 'cyrillic' | 'latin' | 'other';

export function scriptOf(letter: string): LetterScript {
	if (/^\p{Script=Cyrillic}/u.test(letter)) return 'cyrillic';
	if (/^\p{Script=Latin}/u.test(letter)) return 'latin';
	return 'other';
}

/**
 * Letters in one list per alphabet, each in the order given: a Belarusian or Russian index holds names in both, and
 * a reader looking for В among B, or Р among P, would find two letters that look the same and lead to different pages.
 */
export function byScript<T extends { letter: string }>(
	letters: readonly T[]
): { script: LetterScript; letters: T[] }[] {
	const rows = new Map<LetterScript, T[]>();
	for (const item of letters) {
		const script = scriptOf(item.letter);
		const row = rows.get(script);
		if (row) row.push(item);
		else rows.set(script, [item]);
	}
	return [...rows].map(([script, row]) => ({ script, letters: row }));
}
