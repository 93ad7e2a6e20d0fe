import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentProblem } from './problems';
import { valueAtPath } from './translations';
import { fieldNameOf, linesUnder, yamlMistakes } from '../validate/yaml-errors';

/** A parsed YAML block that can say on which line a field was written. */
export interface YamlSource {
	data: unknown;
	/** Return the 1-based file line of the value at `path`, or of its nearest written parent. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** A YAML block read as far as it can be, with its syntax mistakes. */
export interface YamlRead {
	/** All of the block when `problems` is empty; otherwise what parses once the lines holding mistakes are left out. */
	source: YamlSource;
	problems: ContentProblem[];
	/** Whether a schema problem at `field` (dotted), on file line `line`, comes from a line left out for its mistake. */
	explains: (field: string, line: number | undefined) => boolean;
}

// Leaving out a line can uncover a mistake the library did not reach; a few rounds find them all.
const MAX_ROUNDS = 4;

/**
 * Parse YAML without turning dates into Date objects (YAML 1.2 core schema), so that
 * impossible dates such as 2025-02-30 reach the schema as written.
 * @param firstLine the file line the YAML text starts on (2 for frontmatter after `---`).
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource | ContentProblem[] {
	const read = readYamlSource(text, file, firstLine);
	return read.problems.length > 0 ? read.problems : read.source;
}

/**
 * Parse YAML as `parseYamlSource` does, but when it has mistakes, report each at its real line and column
 * and go on reading the rest: the lines holding mistakes (and the lines indented under them) are left
 * blank, keeping every other line where it was, and parsed again.
 */
export function readYamlSource(text: string, file: string, firstLine = 1): YamlRead {
	const lines = text.split('\n');
	const toFileLine = (line: number) => line + firstLine - 1;
	const left = new Set<number>();
	const problems: ContentProblem[] = [];
	for (let round = 1; ; round++) {
		const readable = lines.map((line, i) => (left.has(i + 1) ? '' : line)).join('\n');
		const lineCounter = new LineCounter();
		const doc = parseDocument(readable, { lineCounter, prettyErrors: false, uniqueKeys: true });
		const mistakes = yamlMistakes(doc, readable, lineCounter, toFileLine).filter(({ line }) => !left.has(line));
		if (mistakes.length === 0 || round === MAX_ROUNDS) {
			const data: unknown = doc.toJS();
			return {
				source: { data, lineOf: (path) => lineOfPath(doc, lineCounter, path, firstLine) },
				problems,
				explains: (field, line) =>
					explains(lines, left, data, field, line === undefined ? undefined : line - firstLine + 1),
			};
		}
		for (const { line, column, message, expected, example } of mistakes) {
			problems.push({
				file,
				line: toFileLine(line),
				column,
				field: '(yaml)',
				message,
				expected,
				example,
				excerpt: lines[line - 1]?.replace(/\r$/, ''),
			});
			for (const blank of [line, ...linesUnder(lines, line)]) left.add(blank);
		}
	}
}

/** A field is explained by a left-out line when it stands on one, or is missing and was written on or above one. */
function explains(
	lines: readonly string[],
	left: ReadonlySet<number>,
	data: unknown,
	field: string,
	line: number | undefined
): boolean {
	if (left.size === 0) return false;
	if (line !== undefined && left.has(line)) return true;
	if (valueAtPath(data, field) != null) return false;
	const name = field.split('.').findLast((step) => !/^\d+$/.test(step));
	return [...left].some(
		(blank) =>
			(name !== undefined && fieldNameOf(lines[blank - 1] ?? '') === name) ||
			(line !== undefined && linesUnder(lines, line).includes(blank))
	);
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[], firstLine: number) {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth) as unknown[], true);
		if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
	}
	return undefined;
}
