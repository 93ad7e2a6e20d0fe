import { LANGUAGES, type Language } from '../i18n/languages';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

// Intl also names grouping codes that are not ISO 3166-1 countries, and UK, which ISO reserves (the code is GB).
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'UK']);

/** Tell whether `code` is an upper-case ISO 3166-1 alpha-2 country code, e.g. `LT`. */
export function isCountryCode(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== undefined;
}

const names = new Map<Language, Intl.DisplayNames>();

/** Name an ISO 3166-1 alpha-2 code in a language: `LT` → `Lithuania`, `Літва`, `Литва`. */
export function countryName(code: string, lang: Language = 'en'): string {
	let display = names.get(lang);
	if (!display) {
		display = new Intl.DisplayNames([LANGUAGES[lang].intl], { type: 'region', fallback: 'none' });
		names.set(lang, display);
	}
	return display.of(code) ?? code;
}
