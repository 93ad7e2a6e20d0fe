import { formatNumberIn, pluralIn } from '../i18n/format';
import { sortProblems, type ContentProblem } from './problems';

/**
 * GitHub turns each `::error` or `::warning` line a step prints into an annotation on that file and line of the
 * pull request, but keeps only this many of each kind per step (and 50 per job: the Content job has one such step);
 * the rest are silently dropped.
 */
export const ANNOTATIONS_PER_KIND = 10;

/** Escape the text after `::`, as GitHub's runner unescapes it. `%` first, or the other escapes would be doubled. */
export function escapeData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escape a property value, where `:` and `,` would otherwise end the value. */
export function escapeProperty(text: string): string {
	return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** What is wrong, then what is expected and an example, each on its own line of the annotation. */
function annotationText({ message, expected, example }: ContentProblem): string {
	return [message, expected && `Expected: ${expected}`, example && `For example: ${example}`]
		.filter(Boolean)
		.join('\n');
}

/**
 * One problem as a workflow command. The title is the field alone: GitHub already shows the file next to every
 * annotation. `line` and `col` are left out when unknown, and GitHub then marks the file as a whole.
 */
export function workflowCommand(kind: 'error' | 'warning', problem: ContentProblem): string {
	const { file, line, column, field } = problem;
	const properties = Object.entries({ file, line, col: column, title: field })
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
		.join(',');
	return `::${kind} ${properties}::${escapeData(annotationText(problem))}`;
}

/**
 * Every annotation GitHub will show: errors, then warnings, each by file and line, up to its limit; then, when
 * some did not fit, one notice saying how many and where the full list is, so none is lost without a word.
 */
export function workflowCommands(problems: readonly ContentProblem[], warnings: readonly ContentProblem[]): string[] {
	const shown = (list: readonly ContentProblem[]) => sortProblems(list).slice(0, ANNOTATIONS_PER_KIND);
	const lines = [
		...shown(problems).map((problem) => workflowCommand('error', problem)),
		...shown(warnings).map((warning) => workflowCommand('warning', warning)),
	];
	const more = (
		[
			[problems.length - ANNOTATIONS_PER_KIND, { one: 'problem', other: 'problems' }],
			[warnings.length - ANNOTATIONS_PER_KIND, { one: 'warning', other: 'warnings' }],
		] as const
	)
		.filter(([hidden]) => hidden > 0)
		.map(([hidden, forms]) => ({
			hidden,
			words: `${formatNumberIn('en', hidden)} more ${pluralIn('en', hidden, forms)}`,
		}));
	if (more.length === 0) return lines;
	const verb = more.length === 1 && more[0]?.hidden === 1 ? 'is' : 'are';
	const notice = `${more.map(({ words }) => words).join(' and ')} ${verb} not marked on the lines: GitHub marks at most ${ANNOTATIONS_PER_KIND} of each. The full list is in the log of the Content check: click Details next to it.`;
	return [...lines, `::notice title=${escapeProperty('Not all marked on the lines')}::${escapeData(notice)}`];
}
