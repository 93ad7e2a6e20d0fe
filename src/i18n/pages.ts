import { localeOf } from './index';
import { LANGUAGES, type Language } from '../lib/i18n/languages';
import type { Locale } from '../lib/i18n/locale';
import { splitPagePath } from '../lib/urls';

/** Every language, English first. */
export const LANGUAGE_LIST = Object.keys(LANGUAGES) as Language[];

/**
 * The paths of a page in every language, for `src/pages/[...lang]/`: English at the root (no
 * parameter), the others under their code. Pages are the same components in every language.
 */
export function languagePaths() {
	return LANGUAGE_LIST.map((lang) => ({ params: { lang: lang === 'en' ? undefined : lang }, props: { lang } }));
}

/** The language of the page being built, read from its address, with its dictionary and formatters. */
export function pageLocale(url: URL): Locale {
	return localeOf(splitPagePath(url.pathname).lang);
}
