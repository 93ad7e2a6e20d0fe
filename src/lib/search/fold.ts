/**
 * Folding: one key for every way a name is written. The index and the query are folded alike, so
 * "Kolesnikova", "Колесникова" and "Kalesnikawa" meet wherever their letters can.
 *
 * Cyrillic is first written in a small Latin alphabet of sounds, then every Latin spelling (English,
 * BGN/PCGN, ICAO 9303, the national 2007 system, Łacinka, Polish and German forms) is reduced to the
 * same alphabet: х/kh/ch/h → h (as ч/ch/cz/č, which English and Polish write alike), ц/ts/tz/c → c,
 * ш/щ/sh/sz/sch/š → s, ж/zh/ž/ż → z, г/g/h → h, в/ў/v/w/u → u, і/и/й/ы/y/j → i, е/ё/э/je/ie/io/yo → e,
 * ля/lia/la → la;
 * soft and hard signs and apostrophes go, doubled letters become one. The key is for matching only:
 * it is never shown.
 */
const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'u',
	г: 'h',
	ґ: 'h',
	д: 'd',
	е: 'e',
	ё: 'e',
	є: 'e',
	ж: 'z',
	з: 'z',
	і: 'i',
	и: 'i',
	ї: 'i',
	й: 'i',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ў: 'u',
	ф: 'f',
	х: 'h',
	ц: 'c',
	ч: 'h',
	ш: 's',
	щ: 's',
	ъ: '',
	ы: 'i',
	ь: '',
	э: 'e',
	ю: 'iu',
	я: 'ia',
};

// Longest first: "shch" must go before "sh", "tsch" before "ts" and "sch".
const LATIN: [RegExp, string][] = [
	[/tsch|tch/g, 'h'],
	[/shch|szcz|sch/g, 's'],
	[/sh|sz/g, 's'],
	[/zh/g, 'z'],
	[/kh|ch|cz/g, 'h'],
	[/ts|tz/g, 'c'],
	[/x/g, 'ks'],
	[/q/g, 'k'],
	[/g/g, 'h'],
	[/[vw]/g, 'u'],
	[/[yj]/g, 'i'],
	// After y/j → i: ie, ye, je (е) and io, yo, jo (ё) meet Cyrillic е and ё; lia, liu meet Łacinka la, lu.
	[/i+e/g, 'e'],
	[/i+o/g, 'e'],
	[/li+(?=[aou])/g, 'l'],
];

// Letters whose mark changes the sound (č is ч, not ц), before the other marks are dropped.
const SPECIAL: Record<string, string> = {
	č: 'ch',
	š: 'sh',
	ž: 'zh',
	ż: 'zh',
	ł: 'l',
	ß: 'ss',
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	đ: 'd',
};

/** Fold one word or phrase to its key: lower case, Latin sounds, no marks, no doubled letters, words kept apart by single spaces. */
export function foldKey(text: string): string {
	let s = [...text.toLowerCase()].map((c) => CYRILLIC[c] ?? SPECIAL[c] ?? c).join('');
	s = s.normalize('NFD').replace(/\p{M}/gu, '');
	for (const [pattern, to] of LATIN) s = s.replace(pattern, to);
	return s
		.replace(/['’ʼ`"]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.replace(/([a-z])\1+/g, '$1')
		.trim();
}

/** The words of a folded key. */
export function foldWords(text: string): string[] {
	const key = foldKey(text);
	return key ? key.split(' ') : [];
}
