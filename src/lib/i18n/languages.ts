/** The languages of the site: English is the authoritative text; the others are translations of it. */
export const LANGUAGES = {
	en: { name: 'English', intl: 'en-GB' },
	be: { name: 'Беларуская', intl: 'be' },
	ru: { name: 'Русский', intl: 'ru' },
} as const;
export type Language = keyof typeof LANGUAGES;

/** The languages content is translated into. */
export const TRANSLATED_LANGUAGES = ['be', 'ru'] as const satisfies readonly Language[];
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** Tell whether a string names a translated language. */
export function isTranslatedLanguage(value: string): value is TranslatedLanguage {
	return (TRANSLATED_LANGUAGES as readonly string[]).includes(value);
}
