import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentProblem } from './problems';

/** A parsed YAML block that can say on which line a field was written. */
export interface YamlSource {
	data: unknown;
	/** Return the 1-based file line of the value at `path`, or of its nearest written parent. */
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Parse YAML without turning dates into Date objects (YAML 1.2 core schema), so that
 * impossible dates such as 2025-02-30 reach the schema as written.
 * @param firstLine the file line the YAML text starts on (2 for frontmatter after `---`).
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource | ContentProblem[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return doc.errors.map((error) => ({
			file,
			// Without prettyErrors the error has no linePos; its offset gives the line.
			line: (error.linePos?.[0].line ?? lineCounter.linePos(error.pos[0]).line) + firstLine - 1,
			field: '(yaml)',
			message: `YAML syntax error: ${error.message.split('\n')[0]}`,
			expected: 'valid YAML: "field: value" pairs, two-space indentation, quotes around text containing a colon or #',
		}));
	}
	return {
		data: doc.toJS(),
		lineOf: (path) => lineOfPath(doc, lineCounter, path, firstLine),
	};
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[], firstLine: number) {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth) as unknown[], true);
		if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
	}
	return undefined;
}
