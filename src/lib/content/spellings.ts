import type { PersonData } from './schema';

/** The kinds of spelling a person file records, in display order, with their language tag (for screen readers). */
export const SPELLING_KINDS = {
	latinBelarusian: 'be-Latn',
	latinRussian: 'ru-Latn',
	cyrillicBelarusian: 'be',
	cyrillicRussian: 'ru',
} as const satisfies Record<keyof PersonData['variants'], string>;
export type SpellingKind = keyof typeof SPELLING_KINDS;

/** One spelling, and whether a source confirmed it. */
export interface Spelling {
	spelling: string;
	unverified: boolean;
}

/** Normalise a person's variants into rows by kind, leaving out empty kinds. */
export function spellingRows(
	variants: PersonData['variants']
): { kind: SpellingKind; script: string; spellings: Spelling[] }[] {
	return (Object.keys(SPELLING_KINDS) as SpellingKind[])
		.map((kind) => ({
			kind,
			script: SPELLING_KINDS[kind],
			spellings: variants[kind].map((v) =>
				typeof v === 'string' ? { spelling: v, unverified: false } : { spelling: v.spelling, unverified: true }
			),
		}))
		.filter((row) => row.spellings.length > 0);
}
