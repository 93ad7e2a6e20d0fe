import { countIn, formatNumberIn } from '../i18n/format';
import { sortProblems, type ContentProblem } from './problems';
import type { ValidationResult } from './validate';

/** What one run of the content check found, for the summary on the check's page. */
export interface CheckOutcome {
	problems: readonly ContentProblem[];
	warnings: readonly ContentProblem[];
	/** One-line warnings about the content as a whole, with no file or line to point at. */
	notes: readonly string[];
	/** What valid content holds, from `contentTotals`. */
	totals: string;
	/** How many files were read. */
	files: number;
	/** How long the check took, in seconds. */
	seconds: number;
}

/** What valid content holds: "34 events, 65 people, 41 prisoner-count points, 15 tallies, 198 translations". */
export function contentTotals({ events, people, prisonerCounts, tallies, translations }: ValidationResult): string {
	const translated = Object.values(translations).reduce((n, t) => n + t.events.size + t.people.size, 0);
	return [
		countIn('en', events.length, { one: 'event', other: 'events' }),
		countIn('en', people.size, { one: 'person', other: 'people' }),
		countIn('en', prisonerCounts.length, { one: 'prisoner-count point', other: 'prisoner-count points' }),
		countIn('en', tallies.length, { one: 'tally', other: 'tallies' }),
		countIn('en', translated, { one: 'translation', other: 'translations' }),
	].join(', ');
}

/**
 * Text shown as written in a table cell or list item: punctuation Markdown reads as formatting or HTML is escaped
 * (a message quoting `<script>` must show it, not vanish), `|` cannot end a cell and a newline cannot end a row.
 */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>|~&#]/g, '\\$&').replace(/\r?\n/g, '<br>');
}

/**
 * GitHub refuses a step summary over 1 MiB and then shows none; a few hundred rows, at most about 1 KB each, stay
 * well under it and are more than anyone reads on that page.
 */
export const SUMMARY_ROWS = 300;

function table(rows: readonly ContentProblem[], headings: readonly string[]): string[] {
	const more = rows.length - SUMMARY_ROWS;
	return [
		`| ${headings.join(' | ')} |`,
		`| ${headings.map(() => '---').join(' | ')} |`,
		...sortProblems(rows)
			.slice(0, SUMMARY_ROWS)
			.map(({ file, line, column, field, message, expected, example }) => {
				const where = [file, line, line === undefined ? undefined : column].filter((part) => part !== undefined);
				const fix = [expected, example && `For example: ${example}`].filter(Boolean).join('\n');
				return `| ${[where.join(':'), field, message, fix].map(escapeMarkdown).join(' | ')} |`;
			}),
		...(more > 0 ? ['', `…and ${formatNumberIn('en', more)} more, listed in the log of this check.`] : []),
	];
}

/** The Markdown the check appends to `$GITHUB_STEP_SUMMARY`: what was found, by file and line, and how long it took. */
export function stepSummary({ problems, warnings, notes, totals, files, seconds }: CheckOutcome): string {
	const fileCount = new Set(problems.map((problem) => problem.file)).size;
	const lines =
		problems.length > 0
			? [
					`## Content check: ${countIn('en', problems.length, { one: 'problem', other: 'problems' })} in ${countIn('en', fileCount, { one: 'file', other: 'files' })}`,
					'',
					'Nothing is published until every problem is fixed. Fix each line below in the pull request, and the check runs again by itself.',
					'',
					...table(problems, ['File and line', 'Field', 'What is wrong', 'How to fix it']),
				]
			: [`## Content check passed: ${totals}`];
	const notices = warnings.length + notes.length;
	if (notices > 0)
		lines.push(
			'',
			'<details>',
			`<summary>${countIn('en', notices, { one: 'warning, which does', other: 'warnings, which do' })} not stop publishing</summary>`,
			'',
			...(warnings.length ? [...table(warnings, ['File and line', 'Field', 'What to look at', 'What to do']), ''] : []),
			...notes.map((note) => `- ${escapeMarkdown(note)}`),
			'',
			'</details>'
		);
	lines.push('', `Checked ${countIn('en', files, { one: 'file', other: 'files' })} in ${seconds.toFixed(2)} s.`, '');
	return lines.join('\n');
}
