import type { PersonData } from '../content/schema';
import { recordedSpellings } from './build-index';
import { foldKey, foldWords } from './fold';
import { keyScore } from './engine';

/**
 * The person an unknown id most likely means, by the same folding the site search uses: the words
 * of `maria-kolesnikova` meet the spelling "Maria Kolesnikova" of `maria-kalesnikava`.
 */
export function suggestPerson(
	id: string,
	people: ReadonlyMap<string, Pick<PersonData, 'name' | 'variants'>>
): { id: string; spelling: string } | undefined {
	const query = foldWords(id.replace(/-/g, ' '));
	let best: { id: string; spelling: string; score: number } | undefined;
	for (const [personId, data] of people)
		for (const spelling of [personId.replace(/-/g, ' '), ...recordedSpellings(data)]) {
			// Every word of the id must meet a word of the spelling, each at least within one typo.
			const score = keyScore(query, foldWords(spelling));
			if (score >= 2 * query.length && score > (best?.score ?? 0)) best = { id: personId, spelling, score };
		}
	return (
		best && {
			id: best.id,
			spelling: best.spelling === best.id.replace(/-/g, ' ') ? people.get(best.id)!.name : best.spelling,
		}
	);
}

/** The words an editor reads after "no person …": `; did you mean "maria-kalesnikava" (Maria Kolesnikova)?`. */
export function didYouMean(id: string, people: ReadonlyMap<string, Pick<PersonData, 'name' | 'variants'>>): string {
	const match = suggestPerson(id, people);
	return match ? `; did you mean "${match.id}" (${match.spelling})?` : '';
}

/**
 * People who share a folded name: probably one person in two files. Each pair once, with the
 * spellings that fold alike.
 */
export function probableDuplicates(
	people: ReadonlyMap<string, Pick<PersonData, 'name' | 'variants'>>
): { ids: [string, string]; spellings: [string, string] }[] {
	const owners = new Map<string, { id: string; spelling: string }>();
	const pairs = new Map<string, { ids: [string, string]; spellings: [string, string] }>();
	for (const [id, data] of people)
		for (const spelling of recordedSpellings(data)) {
			const key = foldKey(spelling);
			// A single word (a surname alone) is too common to flag.
			if (!key.includes(' ')) continue;
			const owner = owners.get(key);
			if (!owner) owners.set(key, { id, spelling });
			else if (owner.id !== id) {
				const ids = [owner.id, id].sort() as [string, string];
				if (!pairs.has(ids.join(' '))) pairs.set(ids.join(' '), { ids, spellings: [owner.spelling, spelling] });
			}
		}
	return [...pairs.values()];
}
