import type { ContentProblem } from './problems';

/** The frontmatter of an MDX file, split from its body. */
export interface Frontmatter {
	yaml: string;
	body: string;
	/** 1-based line on which the body starts. */
	bodyLine: number;
}

const MISSING = 'the file must start with a frontmatter block: a line "---", the fields, and a closing line "---"';

/** Split `---\n…\n---` frontmatter from an MDX body, or explain why it cannot be found. */
export function splitFrontmatter(text: string, file: string): Frontmatter | ContentProblem {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trim() !== '---') {
		return {
			file,
			line: 1,
			field: '(frontmatter)',
			message: 'no frontmatter block found',
			expected: MISSING,
		};
	}
	const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
	if (close === -1) {
		return {
			file,
			line: 1,
			field: '(frontmatter)',
			message: 'the frontmatter block is never closed',
			expected: MISSING,
		};
	}
	return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}
