import { foldWords } from './fold';

/** What a result is: a person, a wave or another page of the site. */
export type DocKind = 'person' | 'wave' | 'page';

/**
 * One searchable thing, as the index file stores it: `[kind, name, url, detail, other texts]`. A
 * person's other texts are their recorded spellings; a wave's are its people, dates, count and summary.
 */
export type SearchDoc = [kind: DocKind, name: string, url: string, detail: string, texts: string[]];

/** A document with every text folded once, when the index loads: its texts as ids into the index's words. */
interface PreparedDoc {
	doc: SearchDoc;
	/** The name first, then the other texts; each as word ids, with the text shown when it matches. */
	keys: { words: number[]; text: string }[];
}

/** The index ready to search: every distinct folded word once, so a query scores each word only once. */
export interface PreparedIndex {
	words: string[];
	docs: PreparedDoc[];
	/** For each word, the documents that contain it, in index order. */
	postings: number[][];
}

/** How one query word meets one word of a text: exactly, as its beginning, or within one typo. */
const EXACT = 4;
const PREFIX = 3;
const TYPO = 1;

/** Tell whether two words differ by at most one letter added, dropped or changed. */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	let i = 0;
	while (i < short.length && short[i] === long[i]) i++;
	// Past the first difference the rest must match after a change (same length) or a skip (one longer).
	return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** Tell whether `query` is within one edit of the beginning of `word` (as long as it, or one letter longer). */
function typoPrefix(query: string, word: string): boolean {
	let i = 0;
	while (i < query.length && query[i] === word[i]) i++;
	if (i === query.length) return true;
	// Changed, extra or missing letter at i; the rest of the query must follow on.
	return (
		query.slice(i + 1) === word.slice(i + 1, query.length) ||
		query.slice(i + 1) === word.slice(i, query.length - 1) ||
		query.slice(i) === word.slice(i + 1, query.length + 1)
	);
}

/** Score a query word against a text's word: 0 when they do not meet. Typos count only from five letters. */
export function wordScore(query: string, word: string): number {
	if (word === query) return EXACT;
	if (word.startsWith(query)) return PREFIX;
	// A word one typo away shares one of its first two letters with the query, in place or swapped.
	if (query.length < 5 || (query[0] !== word[0] && query[1] !== word[1] && query[0] !== word[1])) return 0;
	if (withinOneEdit(query, word)) return TYPO + 1;
	return word.length > query.length && typoPrefix(query, word) ? TYPO : 0;
}

/**
 * Score a query against a text: every query word must meet a different word of it, or the text does
 * not match. `score(q, word)` gives query word q's score against a word of the text.
 */
function bestCover(queryCount: number, words: readonly number[], score: (q: number, word: number) => number): number {
	let total = 0;
	const used: number[] = [];
	for (let q = 0; q < queryCount; q++) {
		let best = 0;
		let at = -1;
		for (const word of words) {
			if (used.includes(word)) continue;
			const s = score(q, word);
			if (s > best) [best, at] = [s, word];
		}
		if (best === 0) return 0;
		used.push(at);
		total += best;
	}
	return total;
}

/** Score folded query words against a text's folded words (the validator's "did you mean" uses this too). */
export function keyScore(query: readonly string[], words: readonly string[]): number {
	return bestCover(
		query.length,
		words.map((_, i) => i),
		(q, i) => wordScore(query[q]!, words[i]!)
	);
}

/** Fold every text of the index once, so each keystroke only compares words, each distinct word once. */
export function prepareIndex(docs: readonly SearchDoc[]): PreparedIndex {
	const words: string[] = [];
	const ids = new Map<string, number>();
	const idOf = (word: string) => {
		let id = ids.get(word);
		if (id === undefined) {
			id = words.push(word) - 1;
			ids.set(word, id);
		}
		return id;
	};
	const prepared = docs.map((doc) => ({
		doc,
		keys: [doc[1], ...doc[4]].map((text) => ({ words: foldWords(text).map(idOf), text })),
	}));
	const postings: number[][] = words.map(() => []);
	prepared.forEach(({ keys }, d) => {
		for (const { words: ids } of keys) for (const id of ids) if (postings[id]!.at(-1) !== d) postings[id]!.push(d);
	});
	return { words, docs: prepared, postings };
}

// A reader types one word at a time: the words before the last are scored once, not at every keystroke.
const rows = new WeakMap<PreparedIndex, Map<string, Uint8Array>>();
function scoreRow(index: PreparedIndex, query: string): Uint8Array {
	let cache = rows.get(index);
	if (!cache) rows.set(index, (cache = new Map<string, Uint8Array>()));
	let row = cache.get(query);
	if (!row) {
		row = new Uint8Array(index.words.length);
		for (let i = 0; i < row.length; i++) row[i] = wordScore(query, index.words[i]!);
		if (cache.size > 50) cache.clear();
		cache.set(query, row);
	}
	return row;
}

/** A result: the document, and the text that matched when it is not the name itself ("matched: Колесникова"). */
export interface SearchResult {
	doc: SearchDoc;
	matched?: string | undefined;
	score: number;
}

const KIND_ORDER: Record<DocKind, number> = { person: 0, wave: 1, page: 2 };

/**
 * Find what a query names, best first: people before waves before pages at equal scores, then in the
 * index's order. A match in
 * the name counts a little more than one in another text, so a person outranks the waves that name them.
 */
export function search(index: PreparedIndex, query: string, limit = 10): SearchResult[] {
	const words = foldWords(query);
	// One letter names half the index: wait for a second.
	if (words.join('').length < 2) return [];
	// Each query word against each distinct word of the index, once: the documents then only look scores up.
	const scores = words.map((q) => scoreRow(index, q));
	// Only documents holding a word that meets the most selective query word can match.
	const candidates = scores
		.map((row) => {
			const docs = new Set<number>();
			row.forEach((score, word) => {
				if (score) for (const d of index.postings[word]!) docs.add(d);
			});
			return docs;
		})
		.reduce((a, b) => (b.size < a.size ? b : a));
	const results: SearchResult[] = [];
	for (const d of [...candidates].sort((a, b) => a - b)) {
		const { doc, keys } = index.docs[d]!;
		let best = 0;
		let matched: string | undefined;
		keys.forEach((key, i) => {
			// Names and spellings are what a reader types; a wave's summary only backs them up.
			const weight = i === 0 ? 1.2 : doc[0] === 'wave' && i === keys.length - 1 ? 0.5 : 1;
			const score = bestCover(words.length, key.words, (q, word) => scores[q]![word]!) * weight;
			if (score > best) [best, matched] = [score, i === 0 ? undefined : key.text];
		});
		if (best > 0) results.push({ doc, matched: doc[0] === 'person' ? matched : undefined, score: best });
	}
	// A stable sort keeps the index's own order (people by name) among equals: no collation per keystroke.
	return results.sort((a, b) => b.score - a.score || KIND_ORDER[a.doc[0]] - KIND_ORDER[b.doc[0]]).slice(0, limit);
}
