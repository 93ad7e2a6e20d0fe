import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent, type ContentFile } from '../../../../src/lib/validate/validate';
import { formatProblem } from '../../../../src/lib/validate/problems';
import { COUNTS_YAML, PERSON_YAML, TALLIES_YAML } from '../../../helpers';

const DIR = new URL('../../../fixtures/yaml-errors/', import.meta.url);
const TODAY = '2026-11-22';
const BASE: ContentFile[] = [
	{ path: 'content/people/ihar-losik.yaml', text: PERSON_YAML },
	{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
	{ path: 'content/tallies.yaml', text: TALLIES_YAML },
];

/** Each fixture holds one mistake: where an editor must be sent, and the start of what they must read. */
const CASES: readonly { file: string; line: number; column: number; message: string }[] = [
	{
		file: 'event-colon-in-title.mdx',
		line: 2,
		column: 16,
		message: 'the text of "title" contains a colon followed by a space',
	},
	{ file: 'event-glued-comment.mdx', line: 9, column: 18, message: 'a "#" glued to a value' },
	{
		file: 'event-list-item-indent.mdx',
		line: 16,
		column: 2,
		message: 'this list item is not indented like the list items around it',
	},
	{
		file: 'event-over-indented-field.mdx',
		line: 7,
		column: 4,
		message: 'this line is indented further than the field above it',
	},
	{ file: 'event-reserved-backtick.mdx', line: 15, column: 10, message: 'text that starts with "`" must be in quotes' },
	{ file: 'event-reserved-star.mdx', line: 15, column: 10, message: 'text that starts with "*" must be in quotes' },
	{
		file: 'event-unclosed-bracket.mdx',
		line: 14,
		column: 9,
		message: 'the list that starts with "[" is never closed with "]"',
	},
	{
		file: 'event-unclosed-double-quote.mdx',
		line: 19,
		column: 10,
		message: 'the double quote (") that starts the value of "url" is never closed',
	},
	{
		file: 'event-under-indented-field.mdx',
		line: 8,
		column: 2,
		message: 'this field is not indented like the fields around it',
	},
	{
		file: 'person-colon-in-text.yaml',
		line: 2,
		column: 24,
		message: 'the text of "description" contains a colon followed by a space',
	},
	{
		file: 'person-colon-without-space.yaml',
		line: 9,
		column: 13,
		message: 'the field "headline" needs a space after its colon',
	},
	{ file: 'person-dash-without-space.yaml', line: 5, column: 5, message: 'a list item needs a space after its "-"' },
	{
		file: 'person-duplicated-field.yaml',
		line: 11,
		column: 5,
		message: 'the field "published" is written twice; it is first written on line 10',
	},
	{ file: 'person-reserved-at.yaml', line: 9, column: 15, message: 'text that starts with "@" must be in quotes' },
	{
		file: 'person-tab-indent.yaml',
		line: 5,
		column: 1,
		message: 'this line is indented with a tab; YAML allows only spaces',
	},
	{
		file: 'person-unclosed-single-quote.yaml',
		line: 9,
		column: 15,
		message: 'the single quote (\') that starts the value of "headline" is never closed',
	},
];

// The yaml library's own words, which mean nothing to an editor.
const LIBRARY_WORDING =
	/compact mapping|implicit|map key|flow (sequence|map)|block (sequence|collection)|scalar|indicator|YAML syntax error/i;

const pathOf = (file: string) =>
	file.endsWith('.mdx') ? `content/events/2025-03-01-${file.replace(/\.mdx$/, '')}.mdx` : `content/people/${file}`;

describe('YAML mistakes, in the corpus in tests/fixtures/yaml-errors/', () => {
	it('has a case for every fixture, events and people both', () => {
		const files = readdirSync(DIR).filter((name) => /\.(mdx|yaml)$/.test(name));
		expect(CASES.map((c) => c.file).sort()).toEqual(files.sort());
		expect(files.filter((name) => name.endsWith('.yaml')).length).toBeGreaterThanOrEqual(6);
		expect(files.filter((name) => name.endsWith('.mdx')).length).toBeGreaterThanOrEqual(6);
	});

	it.each(CASES)('$file: line $line, column $column, "$message"', ({ file, line, column, message }) => {
		const text = readFileSync(new URL(file, DIR), 'utf8');
		const { problems } = validateContent([...BASE, { path: pathOf(file), text }], TODAY);
		expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
		const [problem] = problems;
		expect(problem).toMatchObject({ file: pathOf(file), field: '(yaml)', line, column });
		expect(problem!.message.startsWith(message), problem!.message).toBe(true);
		expect(problem!.excerpt).toBe(text.split('\n')[line - 1]);
		expect(problem!.expected).toBeTruthy();
		expect(formatProblem(problem!)).not.toMatch(LIBRARY_WORDING);
	});

	it('gives the offending line written correctly, where it can be derived', () => {
		const text = readFileSync(new URL('event-colon-in-title.mdx', DIR), 'utf8');
		const [problem] = validateContent([...BASE, { path: pathOf('event-colon-in-title.mdx'), text }], TODAY).problems;
		expect(formatProblem(problem!)).toBe(
			'content/events/2025-03-01-event-colon-in-title.mdx:2:16: (yaml): the text of "title" contains a colon followed by a space, ' +
				'which YAML reads as the start of another field (expected: put the whole text in double quotes; e.g. title: "Breaking: 18 freed in a pardon")\n' +
				'    title: Breaking: 18 freed in a pardon\n' +
				'                   ^'
		);
	});
});
