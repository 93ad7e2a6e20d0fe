import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../../../src/lib/validate/problems';

const FILE = 'content/people/ihar-losik.yaml';

describe('formatProblem()', () => {
	it('writes file:line: field: message (expected; e.g.) when no column is known', () => {
		expect(
			formatProblem({ file: FILE, line: 3, field: 'name', message: 'is required', expected: 'a name', example: '"X"' })
		).toBe('content/people/ihar-losik.yaml:3: name: is required (expected: a name; e.g. "X")');
	});

	it('adds the column, then the line as written with a caret under that column', () => {
		expect(
			formatProblem({ file: FILE, line: 2, column: 7, field: '(yaml)', message: 'wrong', excerpt: 'name: "X' })
		).toBe('content/people/ihar-losik.yaml:2:7: (yaml): wrong\n    name: "X\n          ^');
	});

	it('keeps tabs under the caret so it stays under the column however a tab is shown', () => {
		expect(
			formatProblem({ file: FILE, line: 2, column: 3, field: '(yaml)', message: 'wrong', excerpt: '\t a: b' })
		).toBe('content/people/ihar-losik.yaml:2:3: (yaml): wrong\n    \t a: b\n    \t ^');
	});

	it('names only the file when the line is unknown', () => {
		expect(formatProblem({ file: FILE, field: '(file name)', message: 'bad' })).toBe(`${FILE}: (file name): bad`);
	});
});

describe('sortProblems()', () => {
	it('orders by file, line, then column', () => {
		const at = (file: string, line: number, column?: number) => ({ file, line, column, field: 'f', message: 'm' });
		const sorted = sortProblems([at('b', 1), at('a', 2, 5), at('a', 2, 1), at('a', 1)]);
		expect(sorted.map((p) => `${p.file}:${p.line}:${p.column ?? ''}`)).toEqual(['a:1:', 'a:2:1', 'a:2:5', 'b:1:']);
	});
});
