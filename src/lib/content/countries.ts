const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

// Intl also names grouping codes that are not ISO 3166-1 countries.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

/** Tell whether `code` is an upper-case ISO 3166-1 alpha-2 country code, e.g. `LT`. */
export function isCountryCode(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== undefined;
}

/** Return the English name of an ISO 3166-1 alpha-2 code, e.g. `LT` → `Lithuania`. */
export function countryName(code: string): string {
	return regionNames.of(code) ?? code;
}
