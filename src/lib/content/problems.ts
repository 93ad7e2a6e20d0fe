/** One thing wrong with one content file, in words an editor can act on. */
export interface ContentProblem {
	/** Repository-relative path, e.g. `content/events/2025-12-13-clemency-123.mdx`. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number | undefined;
	/** 1-based column on that line, when known. */
	column?: number | undefined;
	/** Dotted field path, e.g. `sources.0.url`; `(file)` for the file as a whole. */
	field: string;
	/** What is wrong, including the value found when useful. */
	message: string;
	/** What a correct value looks like, e.g. a description of the field. */
	expected?: string | undefined;
	/** A correct value, as it would be written in the file. */
	example?: string | undefined;
}

/** Format a problem as `file:line: field: what is wrong (expected …, e.g. …)`. */
export function formatProblem({ file, line, field, message, expected, example }: ContentProblem): string {
	const where = line === undefined ? file : `${file}:${line}`;
	const hints = [expected && `expected: ${expected}`, example && `e.g. ${example}`].filter(Boolean);
	return `${where}: ${field}: ${message}${hints.length ? ` (${hints.join('; ')})` : ''}`;
}

/** Order problems by file, then line, so the report reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
	return problems.toSorted((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
