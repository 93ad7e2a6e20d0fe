import type { PersonData } from './schema';

/** The reader-facing label of each kind of spelling, in display order. */
export const SPELLING_KINDS = {
	latinBelarusian: 'Latin, from Belarusian',
	latinRussian: 'Latin, from Russian',
	cyrillicBelarusian: 'Cyrillic, Belarusian',
	cyrillicRussian: 'Cyrillic, Russian',
} as const;

/** One spelling, and whether a source confirmed it. */
export interface Spelling {
	spelling: string;
	unverified: boolean;
}

/** Normalise a person's variants into labelled rows, leaving out empty kinds. */
export function spellingRows(
	variants: PersonData['variants']
): { kind: keyof typeof SPELLING_KINDS; label: string; spellings: Spelling[] }[] {
	return (Object.keys(SPELLING_KINDS) as (keyof typeof SPELLING_KINDS)[])
		.map((kind) => ({
			kind,
			label: SPELLING_KINDS[kind],
			spellings: variants[kind].map((v) =>
				typeof v === 'string' ? { spelling: v, unverified: false } : { spelling: v.spelling, unverified: true }
			),
		}))
		.filter((row) => row.spellings.length > 0);
}
