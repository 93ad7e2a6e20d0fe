/** `npm run validate`: check every content file and print every problem, without a build. */
import { readContentFiles, todayUtc } from '../src/lib/content/read-content';
import { validateContent } from '../src/lib/content/validate';
import { formatProblem, sortProblems } from '../src/lib/content/problems';
import { readContentHistory } from '../src/lib/content/history';
import { contentWarnings } from '../src/lib/content/warnings';

const started = performance.now();
const files = readContentFiles(process.cwd());
const result = validateContent(files, todayUtc());
const { problems, events, people, prisonerCounts, tallies, translations, drafts } = result;
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length > 0) {
	for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
	console.error(
		`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files.length} files (${seconds} s). Nothing was published.`
	);
	process.exit(1);
}
console.log(
	`Content OK: ${events.length} events, ${people.size} people, ${prisonerCounts.length} prisoner-count points, ${tallies.length} tallies, ${Object.values(translations).reduce((n, t) => n + t.events.size + t.people.size, 0)} translations (${seconds} s).`
);
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
