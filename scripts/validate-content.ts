/** `npm run validate`: check every content file and print every problem, without a build. */
import { appendFileSync } from 'node:fs';
import { readContentFiles, todayUtc } from '../src/lib/validate/read-content';
import { validateContent } from '../src/lib/validate/validate';
import { formatProblem, sortProblems } from '../src/lib/validate/problems';
import { readContentHistory } from '../src/lib/content/history';
import { contentWarnings } from '../src/lib/validate/warnings';
import { workflowCommands } from '../src/lib/validate/workflow-commands';
import { contentTotals, stepSummary, type CheckOutcome } from '../src/lib/validate/step-summary';

const started = performance.now();
const files = readContentFiles(process.cwd());
const result = validateContent(files, todayUtc());
const { problems, drafts } = result;
const seconds = (performance.now() - started) / 1000;
const totals = contentTotals(result);

/** On GitHub, also mark each problem on its line of the pull request and put a summary on the check's page. */
function reportToGitHub(found: Pick<CheckOutcome, 'problems' | 'warnings' | 'notes'>) {
	// The test job runs this too (first step of npm test); its copy of each mark would show every problem twice.
	if (process.env['GITHUB_ACTIONS'] !== 'true' || process.env['CONTENT_ANNOTATIONS'] === 'off') return;
	for (const command of workflowCommands(found.problems, found.warnings)) console.log(command);
	const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
	if (summaryFile) appendFileSync(summaryFile, stepSummary({ ...found, totals, files: files.length, seconds }));
}

if (problems.length > 0) {
	for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
	console.error(
		`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files.length} files (${seconds.toFixed(2)} s). Nothing was published.`
	);
	reportToGitHub({ problems, warnings: [], notes: [] });
	process.exit(1);
}
console.log(`Content OK: ${totals} (${seconds.toFixed(2)} s).`);
const warnings = contentWarnings(files, result, readContentHistory(process.cwd()));
for (const warning of sortProblems(warnings.warnings)) console.warn(`warning: ${formatProblem(warning)}`);
if (warnings.archives) console.warn(warnings.archives);
// A missing or outdated translation never blocks publishing: the page shows the English, with a note.
const SHOWN = 20;
for (const warning of warnings.translations.slice(0, SHOWN)) console.warn(`warning: ${formatProblem(warning)}`);
if (warnings.translations.length > SHOWN)
	console.warn(`…and ${warnings.translations.length - SHOWN} more missing or outdated translations.`);
// Drafts are unpublished on purpose; naming them keeps a forgotten "_" from hiding an entry.
if (drafts.length) console.log(`Not published (drafts, name starting with _): ${drafts.join(', ')}`);
// The repository-wide note on archived copies has no line to mark, and would take a warning's place on every PR.
reportToGitHub({
	problems: [],
	warnings: [...warnings.warnings, ...warnings.translations],
	notes: warnings.archives ? [warnings.archives] : [],
});
