import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentProblem } from './problems';
import { valueAtPath } from '../content/translations';
import { fieldNameOf, firstYamlMistake, linesUnder } from './yaml-errors';

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

// Each round finds one mistake; a file with more than this many is reported in part until some are fixed.
const MAX_ROUNDS = 20;

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
 * and go on reading the rest: the line holding a mistake (and the lines indented under it) is left blank,
 * keeping every other line where it was, and the text is parsed again, until no mistake is left.
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
		const mistake = firstYamlMistake(doc, readable, lineCounter, toFileLine);
		// A mistake on a line already left out is an echo of the ones reported: what remains is all that can be read.
		if (!mistake || left.has(mistake.line) || round === MAX_ROUNDS) {
			const data: unknown = doc.toJS();
			return {
				source: { data, lineOf: (path) => lineOfPath(doc, lineCounter, path, firstLine) },
				problems,
				explains: (field, line) =>
					explains(lines, left, data, field, line === undefined ? undefined : line - firstLine + 1),
			};
		}
		const { line, column, message, expected, example } = mistake;
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
