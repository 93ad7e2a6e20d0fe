/**
 * Transliteration: the readable Latin spellings people actually write for a Belarusian or Russian name, from
 * its Cyrillic form. Used at build time for the A–Z index (every name and its main generated forms) and in
 * tests; searching itself matches through `foldKey` in `./fold`, which must give every spelling made here the
 * same key as its Cyrillic source.
 *
 * Each scheme is a table of letters plus the few context rules its standard sets (the iotated vowels е ё ю я,
 * the soft sign, л in Łacinka, й in German). A rule sees the letter, the letters either side within the word
 * and whether the word starts or ends there. Letters that are not Cyrillic (Latin, digits, punctuation, spaces)
 * pass through unchanged; an apostrophe between two Cyrillic letters is the Belarusian apostrophe, part of the
 * word: it is never written, but it makes the next е ё ю я iotated, as at a word start.
 *
 * Capitals follow the source: a capital gives a capital first letter (Ж → Zh, Ч → Tsch), and a word written
 * all in capitals stays in capitals (ЖУК → ZHUK).
 */

export type Scheme =
	| 'be-national-2007'
	| 'be-national-2007-ascii'
	| 'be-bgn-pcgn'
	| 'be-passport'
	| 'be-lacinka'
	| 'be-polish'
	| 'ru-bgn-pcgn'
	| 'ru-icao'
	| 'ru-english'
	| 'ru-german';

/** The schemes of each language, in the order `generatedSpellings` lists their forms. */
export const SCHEMES: Record<'be' | 'ru', readonly Scheme[]> = {
	be: ['be-national-2007', 'be-national-2007-ascii', 'be-bgn-pcgn', 'be-passport', 'be-lacinka', 'be-polish'],
	ru: ['ru-bgn-pcgn', 'ru-icao', 'ru-english', 'ru-german'],
};

/** One letter in its word. Letters are lower case; `prev` and `next` are '' at the word's edges, "'" for an apostrophe. */
interface Letter {
	letter: string;
	prev: string;
	next: string;
	/** The letter after `next`, or ''. */
	next2: string;
}

interface Rules {
	/** What each lower-case Cyrillic letter (and "'", the apostrophe) is written as when no rule applies. */
	table: Readonly<Record<string, string>>;
	/** The context rules: a spelling for the letter, or undefined to use the table. */
	rule?: (l: Letter) => string | undefined;
	/** A rewrite of every letter's spelling, before capitals are applied (the ASCII form strips marks). */
	post?: (spelling: string) => string;
}

const BE_VOWELS = new Set([...'аеёіоуыэюяи']);
const RU_VOWELS = new Set([...'аеёиоуыэюяі']);
const IOTATED = new Set([...'еёюя']);

/**
 * Where е ё ю я are written with j/y in the Belarusian systems: at a word start, after a vowel, after ў, й, ь
 * and the apostrophe (and ъ, which Belarusian does not use, for Russian words met in Belarusian text).
 */
function beIotated(prev: string): boolean {
	return prev === '' || BE_VOWELS.has(prev) || "ўйь'ъ".includes(prev);
}

/** The same positions in Russian (BGN/PCGN note 1): initially, after a vowel, after й, ъ and ь. */
function ruIotated(prev: string): boolean {
	return prev === '' || RU_VOWELS.has(prev) || "йъь'".includes(prev);
}

/** The spelling of е ё ю я as iotated (`j`) or after a consonant (`soft`), or undefined for any other letter. */
function iotated(
	l: Letter,
	j: Readonly<Record<string, string>>,
	soft: Readonly<Record<string, string>>,
	isIotated: (prev: string) => boolean = beIotated
): string | undefined {
	if (!IOTATED.has(l.letter)) return undefined;
	return (isIotated(l.prev) ? j : soft)[l.letter];
}

const J_FORMS = { е: 'je', ё: 'jo', ю: 'ju', я: 'ja' };
const IE_FORMS = { е: 'ie', ё: 'io', ю: 'iu', я: 'ia' };
const Y_FORMS = { е: 'ye', ё: 'yo', ю: 'yu', я: 'ya' };
/** After a soft л in Łacinka and Polish, the vowel alone: the l already says the consonant is soft. */
const BARE_FORMS = { е: 'e', ё: 'o', ю: 'u', я: 'a' };

/** Letters every Belarusian table shares. */
const BE_COMMON = {
	а: 'a',
	б: 'b',
	ґ: 'g',
	д: 'd',
	з: 'z',
	і: 'i',
	и: 'i',
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
	ф: 'f',
	ы: 'y',
	ь: '',
	ъ: '',
	э: 'e',
	"'": '',
} as const;

/** Letters every Russian table shares. */
const RU_COMMON = {
	а: 'a',
	б: 'b',
	г: 'g',
	ґ: 'g',
	д: 'd',
	з: 'z',
	и: 'i',
	і: 'i',
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
	ы: 'y',
	ь: '',
	ъ: '',
	э: 'e',
	"'": '',
} as const;

/**
 * Belarusian national system: Instruction on transliteration of Belarusian geographical names into Latin script
 * (State Committee on Land Resources, 23 November 2000, No. 15, as amended 11 June 2007, No. 38), recommended
 * by UNGEGN in 2007. č š ž ŭ; г → h, х → ch, ц → c, й → j; е ё ю я → je jo ju ja at a word start, after vowels,
 * ў, ь and the apostrophe, ie io iu ia after consonants (л included: Бяляцкі → Bialiacki, Лес → Lies); a soft
 * sign puts an acute on з л н с ц (ź ĺ ń ś ć; дзь → dź) and is otherwise not written; the apostrophe is not
 * written. Examples from the instruction: Магілёў → Mahilioŭ, Гомель → Homieĺ, Ельск → Jeĺsk, Iўе → Iŭje.
 */
const NATIONAL_SOFT: Readonly<Record<string, string>> = { з: 'ź', л: 'ĺ', н: 'ń', с: 'ś', ц: 'ć' };
const NATIONAL: Rules = {
	table: { ...BE_COMMON, в: 'v', г: 'h', ж: 'ž', й: 'j', ў: 'ŭ', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč' },
	rule: (l) => (l.next === 'ь' ? NATIONAL_SOFT[l.letter] : undefined) ?? iotated(l, J_FORMS, IE_FORMS),
};

/**
 * The national system without marks, as it is typed on keyboards that have none. The hushing letters take the
 * English digraphs (č → ch, š → sh, ž → zh) rather than losing their mark (č → c would make ч the letter ц);
 * ŭ → u; the acutes of the soft consonants are dropped (ś → s), as no ASCII habit writes them. х stays ch, so
 * х and ч are written alike here, as they are in English spellings; j, c and the ie/ia forms are kept.
 */
const NATIONAL_ASCII_MARKS: Readonly<Record<string, string>> = {
	č: 'ch',
	š: 'sh',
	ž: 'zh',
	ŭ: 'u',
	ć: 'c',
	ś: 's',
	ź: 'z',
	ń: 'n',
	ĺ: 'l',
};
const NATIONAL_ASCII: Rules = {
	...NATIONAL,
	post: (spelling) => [...spelling].map((c) => NATIONAL_ASCII_MARKS[c] ?? c).join(''),
};

/**
 * BGN/PCGN 1979 system for Belarusian. Unlike its Russian counterpart it writes е as ye everywhere, not only
 * after vowels (the standard's own examples: Віцебск → Vitsyebsk, Гомель → Homyel’, Менск → Myensk), and
 * ё ю я as yo yu ya everywhere (Магілёў → Mahilyow, Бяляцкі → Byalyatski); г → h, й → y, ў → w, х → kh,
 * ц → ts. The soft sign (’) and the apostrophe (”) are dropped for search, as are the optional separating dots
 * (z·h, t·s).
 */
const BE_BGN: Rules = {
	table: {
		...BE_COMMON,
		в: 'v',
		г: 'h',
		...Y_FORMS,
		ж: 'zh',
		й: 'y',
		ў: 'w',
		х: 'kh',
		ц: 'ts',
		ч: 'ch',
		ш: 'sh',
		щ: 'shch',
	},
};

/**
 * The form Belarusian passports and the population register print (MVD instruction of 9 October 2008, No. 288,
 * as applied since): English digraphs (х → kh, ц → ts, ч → ch, ш → sh, ж → zh), г → h, й → i, ў → u, no marks,
 * the soft sign and the apostrophe dropped. After consonants е → e, ё ю я → io iu ia (Аляксандр → Aliaksandr,
 * Святлана → Sviatlana, Сяргей → Siarhei); at a word start and after vowels ye yo yu ya (Ціханоўская →
 * Tsikhanouskaya, Яўген → Yauhen, Анастасія → Anastasiya), except after ы, where the register writes ia rather
 * than a second y (Марыя → Maryia).
 */
const PASSPORT_SOFT = { е: 'e', ё: 'io', ю: 'iu', я: 'ia' };
const BE_PASSPORT: Rules = {
	table: { ...BE_COMMON, в: 'v', г: 'h', ж: 'zh', й: 'i', ў: 'u', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch' },
	rule: (l) =>
		l.prev === 'ы' && l.letter !== 'е' ? iotated(l, PASSPORT_SOFT, PASSPORT_SOFT) : iotated(l, Y_FORMS, PASSPORT_SOFT),
};

/** The soft sign on a consonant in Łacinka and Polish; a soft л is plain l (see `lacinkaL`). */
const LACINKA_SOFT: Readonly<Record<string, string>> = { з: 'ź', н: 'ń', с: 'ś', ц: 'ć' };
const SOFTENING = new Set([...'еёюяіь']);
/**
 * л is soft, written l, before е ё ю я і and ь, and before a soft л (a doubled consonant is soft throughout:
 * Наталля → Natalla, Ілля → Illa); hard, written ł, elsewhere.
 */
function lacinkaL(l: Letter): string | undefined {
	if (l.letter !== 'л') return undefined;
	return SOFTENING.has(l.next) || (l.next === 'л' && SOFTENING.has(l.next2)) ? 'l' : 'ł';
}
function lacinkaRule(l: Letter): string | undefined {
	if (l.next === 'ь' && LACINKA_SOFT[l.letter]) return LACINKA_SOFT[l.letter];
	if (l.prev === 'л' && IOTATED.has(l.letter)) return BARE_FORMS[l.letter as keyof typeof BARE_FORMS];
	return lacinkaL(l) ?? iotated(l, J_FORMS, IE_FORMS);
}

/**
 * Classical Belarusian Łacinka (the alphabet of Taraškievič's grammar and of the Belarusian press that used it):
 * č š ž ŭ, х → ch, ц → c, г → h, й → j; hard л → ł, soft л → l, and after a soft л the vowel stands alone
 * (ля → la, лё → lo, лю → lu, ле → le); other consonants: е ё ю я → ie io iu ia; at a word start, after vowels,
 * ў, ь and the apostrophe je jo ju ja. The soft sign gives ć ń ś ź (дзь → dź; ль → l). Written from today's
 * Cyrillic, it does not mark the softness Cyrillic leaves unwritten (снег → snieh, not śnieh).
 * Бяляцкі → Bialacki, Ціханоўская → Cichanoŭskaja, Калеснікава → Kalesnikava.
 */
const LACINKA: Rules = {
	table: { ...BE_COMMON, в: 'v', г: 'h', ж: 'ž', й: 'j', ў: 'ŭ', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč' },
	rule: lacinkaRule,
};

/**
 * Polish forms of Belarusian names, as the Polish press writes them: Łacinka's rules for л, the vowels and the
 * soft sign, with Polish letters: в → w, ў → u, ж → ż, ч → cz, ш → sz, щ → szcz, х → ch, ц → c, г → h, й → j.
 * Бяляцкі → Bialacki, Святлана → Swiatłana, Сяргей → Siarhiej, Ціханоўскі → Cichanouski.
 */
const POLISH: Rules = {
	table: { ...BE_COMMON, в: 'w', г: 'h', ж: 'ż', й: 'j', ў: 'u', х: 'ch', ц: 'c', ч: 'cz', ш: 'sz', щ: 'szcz' },
	rule: lacinkaRule,
};

const RU_DIGRAPHS = { ж: 'zh', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch' } as const;

/**
 * BGN/PCGN 1947 system for Russian: е → ye initially, after vowels, й, ъ and ь, else e; й → y, ю → yu,
 * я → ya, х → kh, ц → ts, щ → shch. The standard treats ё as е with an optional dieresis: ё → yo in the
 * positions where е is ye (the dieresis dropped from yë, written o as most readers expect), and e elsewhere
 * (the standard's alternative when the dieresis is not shown: Фёдор → Fedor). The soft and hard signs
 * (’ and ") are dropped for search. Беляцкий → Belyatskiy, Колесникова → Kolesnikova.
 */
const RU_BGN: Rules = {
	table: { ...RU_COMMON, в: 'v', ...RU_DIGRAPHS, е: 'e', ё: 'e', й: 'y', ю: 'yu', я: 'ya' },
	rule: (l) => iotated(l, { е: 'ye', ё: 'yo' }, { е: 'e', ё: 'e' }, ruIotated),
};

/**
 * ICAO Doc 9303 (machine-readable travel documents), used in Russian passports since 2013: one letter for one
 * letter, no context: е ё → e, й → i, ъ → ie, ь not written, ю → iu, я → ia, х → kh, ц → ts, щ → shch.
 * Тихановская → Tikhanovskaia, Беляцкий → Beliatskii.
 */
const RU_ICAO: Rules = {
	table: { ...RU_COMMON, в: 'v', ...RU_DIGRAPHS, е: 'e', ё: 'e', й: 'i', ъ: 'ie', ю: 'iu', я: 'ia' },
};

/**
 * The forms of the English-language press: BGN/PCGN without apostrophes, with the adjectival endings -ий and
 * -ый at a word's end written -y (Беляцкий → Belyatsky, Юрий → Yury), and ё written yo (Фёдор → Fyodor,
 * Пётр → Pyotr, Семён → Semyon) except after ж ч ш щ, where the press keeps e (Горбачёв → Gorbachev,
 * Хрущёв → Khrushchev).
 */
const RU_ENGLISH: Rules = {
	table: RU_BGN.table,
	rule: (l) => {
		if ((l.letter === 'и' || l.letter === 'ы') && l.next === 'й' && l.next2 === '') return 'y';
		if (l.letter === 'й' && (l.prev === 'и' || l.prev === 'ы') && l.next === '') return '';
		if (l.letter === 'ё') return ruIotated(l.prev) || !'жчшщ'.includes(l.prev) ? 'yo' : 'e';
		return RU_BGN.rule?.(l);
	},
};

/**
 * German transcription as the Duden gives it and German media use it: в → w, ж → sch, з → s, х → ch, ц → z,
 * ч → tsch, ш → sch, щ → schtsch, ы → y; е → je initially, after vowels, ь and ъ, else e; ё → jo (o after
 * ж ч ш щ: Горбачёв → Gorbatschow); ю → ju, я → ja; с → ss between vowels (Протасевич → Protassewitsch);
 * кс → x (Александр → Alexandr); й → j before a vowel, i elsewhere, and not written after и and ы at a word's
 * end (Беляцкий → Beljazki, Андрей → Andrei); ь is not written except as j before о and и (Ильич → Iljitsch).
 */
const RU_GERMAN: Rules = {
	table: {
		...RU_COMMON,
		в: 'w',
		е: 'e',
		ё: 'jo',
		ж: 'sch',
		з: 's',
		й: 'i',
		х: 'ch',
		ц: 'z',
		ч: 'tsch',
		ш: 'sch',
		щ: 'schtsch',
		ю: 'ju',
		я: 'ja',
	},
	rule: (l) => {
		switch (l.letter) {
			case 'е':
				return ruIotated(l.prev) ? 'je' : 'e';
			case 'ё':
				return 'жчшщ'.includes(l.prev) && l.prev !== '' ? 'o' : 'jo';
			case 'й':
				if ((l.prev === 'и' || l.prev === 'ы') && l.next === '') return '';
				return RU_VOWELS.has(l.next) || l.prev === 'и' || l.prev === 'ы' ? 'j' : 'i';
			case 'к':
				return l.next === 'с' ? 'x' : undefined;
			case 'с':
				if (l.prev === 'к') return '';
				return RU_VOWELS.has(l.prev) && RU_VOWELS.has(l.next) ? 'ss' : undefined;
			case 'ь':
				return l.next === 'о' || l.next === 'и' ? 'j' : '';
			default:
				return undefined;
		}
	},
};

const RULES: Record<Scheme, Rules> = {
	'be-national-2007': NATIONAL,
	'be-national-2007-ascii': NATIONAL_ASCII,
	'be-bgn-pcgn': BE_BGN,
	'be-passport': BE_PASSPORT,
	'be-lacinka': LACINKA,
	'be-polish': POLISH,
	'ru-bgn-pcgn': RU_BGN,
	'ru-icao': RU_ICAO,
	'ru-english': RU_ENGLISH,
	'ru-german': RU_GERMAN,
};

const CYRILLIC = /^[\u0400-\u04FF]$/u;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

/**
 * Transliterate Cyrillic text (a name, several words) by one scheme; Latin letters and punctuation pass through;
 * capitals follow the source (Ж → Zh at a word start, a word all in capitals stays so).
 */
export function transliterate(text: string, scheme: Scheme): string {
	const rules = RULES[scheme];
	const chars = [...text];
	const isCyrillic = (i: number) => i >= 0 && i < chars.length && CYRILLIC.test(chars[i] ?? '');
	/** Is the character at i part of a word: a Cyrillic letter, or an apostrophe between two of them? */
	const inWord = (i: number) =>
		isCyrillic(i) || (APOSTROPHES.has(chars[i] ?? '') && isCyrillic(i - 1) && isCyrillic(i + 1));
	const at = (i: number) => {
		if (!inWord(i)) return '';
		const c = chars[i] ?? '';
		return APOSTROPHES.has(c) ? "'" : c.toLowerCase();
	};

	let out = '';
	let wordCaps = false;
	for (let i = 0; i < chars.length; i++) {
		const c = chars[i] ?? '';
		if (!inWord(i)) {
			out += c;
			continue;
		}
		if (!inWord(i - 1)) {
			// A new word: is it all capitals (two letters or more, none of them lower case)?
			let end = i;
			while (inWord(end)) end++;
			const letters = chars.slice(i, end).filter((ch) => CYRILLIC.test(ch));
			wordCaps = letters.length > 1 && letters.every((ch) => ch !== ch.toLowerCase());
		}
		const letter: Letter = { letter: at(i), prev: at(i - 1), next: at(i + 1), next2: at(i + 1) ? at(i + 2) : '' };
		let spelling = rules.rule?.(letter) ?? rules.table[letter.letter] ?? c;
		if (rules.post) spelling = rules.post(spelling);
		if (c !== c.toLowerCase()) {
			spelling = wordCaps ? spelling.toUpperCase() : spelling.charAt(0).toUpperCase() + spelling.slice(1);
		}
		out += spelling;
	}
	return out;
}

/** Every distinct spelling the schemes of a language give for a Cyrillic name, in SCHEMES order. */
export function generatedSpellings(cyrillic: string, lang: 'be' | 'ru'): string[] {
	return [...new Set(SCHEMES[lang].map((scheme) => transliterate(cyrillic, scheme)))];
}
