/** One thing wrong with one content file, in words an editor can act on. */
export interface ContentProblem {
	/** Repository-relative path, e.g. `content/events/2025-12-13-clemency-123.mdx`. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number | undefined;
	/** 1-based column in that line, when known. */
	column?: number | undefined;
	/** Dotted field path, e.g. `sources.0.url`; `(file)` for the file as a whole. */
	field: string;
	/** What is wrong, including the value found when useful. */
	message: string;
	/** What a correct value looks like, e.g. a description of the field. */
	expected?: string | undefined;
	/** A correct value, as it would be written in the file. */
	example?: string | undefined;
	/** The offending line of the file, as written, shown under the message with a caret at the column. */
	excerpt?: string | undefined;
}

const EXCERPT_INDENT = '    ';

/**
 * Format a problem as `file:line:column: field: what is wrong (expected …; e.g. …)`, followed, when the
 * offending line is known, by that line and a caret under the column.
 */
export function formatProblem(problem: ContentProblem): string {
	const { file, line, column, field, message, expected, example } = problem;
	const where = [file, line, line === undefined ? undefined : column].filter((part) => part !== undefined).join(':');
	// Field descriptions are sentences; inside the parentheses their full stop would read ".;".
	const hints = [expected && `expected: ${expected.replace(/\.$/, '')}`, example && `e.g. ${example}`].filter(Boolean);
	return `${where}: ${field}: ${message}${hints.length ? ` (${hints.join('; ')})` : ''}${excerptLines(problem)}`;
}

function excerptLines({ excerpt, column }: ContentProblem): string {
	if (excerpt === undefined) return '';
	// Tabs stay tabs under the caret, so it lines up however wide the reader's terminal shows a tab.
	const before = [...excerpt.slice(0, Math.max(0, (column ?? 1) - 1))].map((c) => (c === '\t' ? '\t' : ' ')).join('');
	const caret = column === undefined ? '' : `\n${EXCERPT_INDENT}${before}^`;
	return `\n${EXCERPT_INDENT}${excerpt}${caret}`;
}

/** Order problems by file, then line, so the report reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
	return problems.toSorted(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
	);
}
