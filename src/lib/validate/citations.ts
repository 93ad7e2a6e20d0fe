import type { EventData } from '../content/schema';
import type { ContentProblem } from './problems';

/** One citation in an entry's frontmatter: the field that cites, and the source id it names. */
export interface Citation {
	path: (string | number)[];
	id: string;
}

/** Every citation an entry's frontmatter makes, in field order. */
export function frontmatterCitations(data: EventData): Citation[] {
	const at = (path: (string | number)[], ids: readonly string[]) =>
		ids.map((id, i) => ({ path: [...path, 'cite', i], id }));
	return [
		...at(['count'], data.count.cite),
		...(data.politicalPrisoners ? at(['politicalPrisoners'], data.politicalPrisoners.cite) : []),
		...data.conditions.flatMap((c, i) => at(['conditions', i], c.cite)),
		...data.foreignNationals.flatMap((f, i) => at(['foreignNationals', i], f.cite)),
		...data.disputes.flatMap((d, i) => d.sides.flatMap((side, j) => at(['disputes', i, 'sides', j], side.cite))),
	];
}

/** A listed source as a citation mark shows it: its number in the Sources list and its publisher. */
export interface CitationTarget {
	number: number;
	publisher: string;
	/** The fragment of the source in the Sources list, e.g. `source-kyiv-independent`. */
	anchor: string;
}

/** The fragment id a source's entry in the Sources list carries. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** Number an entry's sources in list order, as readers see them: id → 1, 2, 3… */
export function citationTargets(sources: readonly { id: string; publisher: string }[]): Map<string, CitationTarget> {
	return new Map(
		sources.map((source, i) => [
			source.id,
			{ number: i + 1, publisher: source.publisher, anchor: sourceAnchor(source.id) },
		])
	);
}

/** Resolve cited ids to their targets in number order; an unknown id stops the build, as it would be a dead mark. */
export function resolveCitations(
	ids: readonly string[],
	targets: ReadonlyMap<string, CitationTarget>
): CitationTarget[] {
	return [...new Set(ids)]
		.map((id) => {
			const target = targets.get(id);
			if (!target) throw new Error(`cites "${id}", which is not a listed source`);
			return target;
		})
		.toSorted((a, b) => a.number - b.number);
}

interface CitedEvent {
	file: string;
	data: EventData;
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Check that the entry's source ids are unique, that every citation (frontmatter or `<Cite>` in
 * the text) names a listed source, and that every listed source is cited at least once.
 * @param bodyCitations the ids the text cites; its unknown ids are reported by the body check.
 */
export function checkCitations(event: CitedEvent, bodyCitations: ReadonlySet<string>): ContentProblem[] {
	const { file, data, lineOf } = event;
	const listed = data.sources.map((s) => s.id);
	const known = new Set(listed);
	const listedText = listed.join(', ');
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();
	data.sources.forEach((source, i) => {
		if (seen.has(source.id)) {
			problems.push({
				file,
				line: lineOf(['sources', i, 'id']),
				field: `sources.${i}.id`,
				message: `the id "${source.id}" is given to two sources`,
				expected: 'a different id for each source, e.g. the publisher and the date',
				example: `${source.id}-2`,
			});
		}
		seen.add(source.id);
	});
	const cited = new Set(bodyCitations);
	for (const { path, id } of frontmatterCitations(data)) {
		cited.add(id);
		if (known.has(id)) continue;
		problems.push({
			file,
			line: lineOf(path),
			field: path.join('.'),
			message: `cites "${id}", but no source listed under sources has that id`,
			expected: `one of the ids listed under sources (${listedText}), or add the source with id: ${id}`,
		});
	}
	data.sources.forEach((source, i) => {
		if (cited.has(source.id)) return;
		problems.push({
			file,
			line: lineOf(['sources', i, 'id']),
			field: `sources.${i}.id`,
			message: `the source "${source.id}" (${source.publisher}) is listed but never cited`,
			expected: `cite it where it gives a figure (cite: [${source.id}]) or in the text (<Cite source="${source.id}" />), or remove it`,
		});
	});
	return problems;
}
