import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../../src/lib/validate/problems';
import { validateContent } from '../../../../src/lib/validate/validate';
import { contentTotals, escapeMarkdown, stepSummary, SUMMARY_ROWS } from '../../../../src/lib/validate/step-summary';
import { COUNTS_YAML, eventFile, eventInput, PERSON_YAML, TALLIES_YAML } from '../../../helpers';

const problem = (overrides: Partial<ContentProblem> = {}): ContentProblem => ({
	file: 'content/events/2025-09-11-release-52.mdx',
	line: 6,
	field: 'count.value',
	message: 'must be a whole number (found 52.5)',
	expected: 'the number of people, in digits',
	example: '52',
	...overrides,
});

const outcome = { problems: [], warnings: [], notes: [], totals: '1 event, 1 person', files: 4, seconds: 0.214 };

describe('stepSummary', () => {
	it('heads a failed check with how many problems in how many files, then one row for each, by file and line', () => {
		const summary = stepSummary({
			...outcome,
			problems: [
				problem(),
				problem({ line: 9, column: 3 }),
				problem({ file: 'content/tallies.yaml', line: undefined }),
			],
		});
		expect(summary.split('\n')[0]).toBe('## Content check: 3 problems in 2 files');
		expect(summary).toContain(
			'| File and line | Field | What is wrong | How to fix it |\n| --- | --- | --- | --- |\n' +
				'| content/events/2025-09-11-release-52.mdx:6 | count.value | must be a whole number (found 52.5) | the number of people, in digits<br>For example: 52 |\n' +
				'| content/events/2025-09-11-release-52.mdx:9:3 |'
		);
		expect(summary).toMatch(/:9:3 \|.*\n\| content\/tallies\.yaml \| count\.value \|/);
		expect(summary).not.toContain('passed');
	});

	it('says one problem in one file in the singular', () => {
		expect(stepSummary({ ...outcome, problems: [problem()] })).toMatch(/^## Content check: 1 problem in 1 file\n/);
	});

	it('heads a passed check with what the content holds, and no table', () => {
		const summary = stepSummary(outcome);
		expect(summary).toMatch(/^## Content check passed: 1 event, 1 person\n/);
		expect(summary).not.toContain('|');
		expect(summary).not.toContain('<details>');
	});

	it('folds warnings and notes away in a block that says they do not stop publishing', () => {
		const summary = stepSummary({
			...outcome,
			warnings: [problem({ field: 'name', message: 'same name as another person', example: undefined })],
			notes: ['3 of 4 sources have no archived copy'],
		});
		const details = summary.slice(summary.indexOf('<details>'), summary.indexOf('</details>'));
		expect(details).toContain('<summary>2 warnings, which do not stop publishing</summary>');
		expect(details).toContain('| What to look at | What to do |');
		expect(details).toContain('| name | same name as another person | the number of people, in digits |');
		expect(details).toContain('- 3 of 4 sources have no archived copy');
	});

	it('stops the table at a size GitHub accepts, and says how many more are in the log', () => {
		const problems = Array.from({ length: SUMMARY_ROWS + 2 }, (_, i) => problem({ line: i + 1 }));
		const summary = stepSummary({ ...outcome, problems });
		expect(summary.split('\n').filter((line) => line.startsWith('| content/'))).toHaveLength(SUMMARY_ROWS);
		expect(summary).toContain(`release-52.mdx:${SUMMARY_ROWS} |`);
		expect(summary).toContain('\n\n…and 2 more, listed in the log of this check.\n');
	});

	it('says how long the check took', () => {
		expect(stepSummary(outcome)).toMatch(/\n\nChecked 4 files in 0\.21 s\.\n$/);
	});

	it('keeps a message with | and newlines inside its cell', () => {
		const row = stepSummary({ ...outcome, problems: [problem({ message: 'a | b\nc', expected: undefined })] })
			.split('\n')
			.find((line) => line.startsWith('| content/'));
		expect(row).toBe('| content/events/2025-09-11-release-52.mdx:6 | count.value | a \\| b<br>c | For example: 52 |');
	});
});

describe('escapeMarkdown', () => {
	it('shows quoted HTML and Markdown punctuation as written', () => {
		expect(escapeMarkdown('<script> *not* _em_ [x] `code` a|b\r\nc')).toBe(
			'\\<script\\> \\*not\\* \\_em\\_ \\[x\\] \\`code\\` a\\|b<br>c'
		);
	});
});

describe('contentTotals', () => {
	it('counts what valid content holds', () => {
		const result = validateContent(
			[
				{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
				{ path: 'content/tallies.yaml', text: TALLIES_YAML },
				{ path: 'content/people/ihar-losik.yaml', text: PERSON_YAML },
				{ path: 'content/events/2025-09-11-release-52.mdx', text: eventFile(eventInput()) },
			],
			'2026-11-22'
		);
		expect(result.problems).toEqual([]);
		expect(contentTotals(result)).toBe('1 event, 1 person, 1 prisoner-count point, 1 tally, 0 translations');
	});
});
