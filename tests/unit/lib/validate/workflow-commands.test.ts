import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../../src/lib/validate/problems';
import { workflowCommand, workflowCommands } from '../../../../src/lib/validate/workflow-commands';

const problem = (overrides: Partial<ContentProblem> = {}): ContentProblem => ({
	file: 'content/events/2025-09-11-release-52.mdx',
	line: 6,
	field: 'count.value',
	message: 'must be a whole number (found 52.5)',
	...overrides,
});

/** The runner's own unescaping of a property value or of the message. */
const unescape = (text: string) =>
	text
		.replaceAll('%0D', '\r')
		.replaceAll('%0A', '\n')
		.replaceAll('%3A', ':')
		.replaceAll('%2C', ',')
		.replaceAll('%25', '%');

describe('workflowCommand', () => {
	it('marks the file, line and column, titled with the field', () => {
		expect(workflowCommand('error', problem({ column: 10 }))).toBe(
			'::error file=content/events/2025-09-11-release-52.mdx,line=6,col=10,title=count.value::must be a whole number (found 52.5)'
		);
	});

	it('leaves out the column, then the line, when they are not known', () => {
		expect(workflowCommand('error', problem())).toMatch(/^::error file=[^,]+,line=6,title=count\.value::/);
		expect(workflowCommand('error', problem({ line: undefined }))).toMatch(/^::error file=[^,]+,title=count\.value::/);
	});

	it('prints a warning as a warning', () => {
		expect(workflowCommand('warning', problem())).toMatch(/^::warning file=/);
	});

	it('puts what is expected and an example on lines of their own', () => {
		const command = workflowCommand('error', problem({ expected: 'the number of people, in digits', example: '52' }));
		expect(command).toMatch(
			/::must be a whole number \(found 52\.5\)%0AExpected: the number of people, in digits%0AFor example: 52$/
		);
	});

	it('escapes %, carriage returns and newlines in the message, so the text arrives unchanged', () => {
		const message = '100% sure,\r\nnot: 52';
		const command = workflowCommand('error', problem({ message }));
		const text = command.slice(command.indexOf('::', 2) + 2);
		expect(text).toBe('100%25 sure,%0D%0Anot: 52');
		expect(unescape(text)).toBe(message);
	});

	it('escapes : and , in properties, so a field cannot end the title or start another property', () => {
		const field = 'sources.0.url: 50%, then,line=1';
		const command = workflowCommand('error', problem({ field }));
		const title = /,title=([^:]*)::/.exec(command)?.[1] ?? '';
		expect(title).toBe('sources.0.url%3A 50%25%2C then%2Cline=1');
		expect(unescape(title)).toBe(field);
		expect(command.match(/,line=/g)).toHaveLength(1);
	});
});

describe('workflowCommands', () => {
	const many = (count: number, file: string) =>
		Array.from({ length: count }, (_, i) => problem({ file, line: count - i }));

	it('lists errors before warnings, each by file and line', () => {
		const lines = workflowCommands(
			[problem({ file: 'content/people/b.yaml', line: 2 }), problem({ file: 'content/people/a.yaml', line: 9 })],
			[problem({ file: 'content/people/a.yaml', line: 1 })]
		);
		expect(lines.map((line) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(line)?.slice(1).join(' '))).toEqual([
			'error content/people/a.yaml 9',
			'error content/people/b.yaml 2',
			'warning content/people/a.yaml 1',
		]);
	});

	it('adds no notice when every problem and warning is marked', () => {
		const lines = workflowCommands(many(10, 'content/tallies.yaml'), many(10, 'content/tallies.yaml'));
		expect(lines).toHaveLength(20);
		expect(lines.some((line) => line.startsWith('::notice'))).toBe(false);
	});

	it('marks the first ten of each kind and ends with a notice of how many more, and where they are', () => {
		const lines = workflowCommands(many(13, 'content/tallies.yaml'), many(11, 'content/tallies.yaml'));
		expect(lines.filter((line) => line.startsWith('::error'))).toHaveLength(10);
		expect(lines.filter((line) => line.startsWith('::warning'))).toHaveLength(10);
		expect(lines[0]).toContain('line=1,');
		expect(lines).toHaveLength(21);
		expect(unescape(lines[20] ?? '')).toBe(
			'::notice title=Not all marked on the lines::3 more problems and 1 more warning are not marked on the lines: GitHub marks at most 10 of each. The full list is in the log of the Content check: click Details next to it.'
		);
	});

	it('counts only the kind that overflows', () => {
		expect(workflowCommands([], many(12, 'content/tallies.yaml')).at(-1)).toContain(
			'::2 more warnings are not marked on the lines'
		);
		expect(workflowCommands(many(11, 'content/tallies.yaml'), []).at(-1)).toContain(
			'::1 more problem is not marked on the lines'
		);
	});
});
