import { makeLocale, type Locale } from '../lib/i18n/locale';
import type { Language } from '../lib/i18n/languages';
import { be } from './be';
import { en, type Messages } from './en';
import { ru } from './ru';

/** Every language's dictionary. */
export const DICTIONARIES: Record<Language, Messages> = { en, be, ru };

const locales = new Map<Language, Locale>();

/** The formatters and dictionary of a language, made once. */
export function localeOf(lang: Language): Locale {
	let locale = locales.get(lang);
	if (!locale) {
		locale = makeLocale(lang, DICTIONARIES[lang]);
		locales.set(lang, locale);
	}
	return locale;
}

export type { Messages };
