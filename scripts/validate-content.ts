/** `npm run validate`: check every content file and print every problem, without a build. */
import { readContentFiles, todayUtc } from '../src/lib/content/read-content';
import { PRISONER_COUNTS_FILE, TALLIES_FILE, validateContent } from '../src/lib/content/validate';
import { formatProblem, sortProblems } from '../src/lib/content/problems';
import { readContentHistory } from '../src/lib/content/history';
import { formatTranslationWarning, translationWarnings } from '../src/lib/content/translation-status';
import { probableDuplicates } from '../src/lib/search/similar-people';
import { unarchivedWarning } from '../src/lib/content/archives';

const started = performance.now();
const files = readContentFiles(process.cwd());
const { problems, events, people, prisonerCounts, tallies, translations, drafts } = validateContent(files, todayUtc());
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
// Two people whose names fold alike are probably one person in two files.
for (const { ids, spellings } of probableDuplicates(people))
	console.warn(
		`warning: content/people/${ids[0]}.yaml and content/people/${ids[1]}.yaml: "${spellings[0]}" and "${spellings[1]}" are the same name to the search; if they are one person, keep one file and move every reference to it.`
	);
// A source without an archived copy is still a source; the count shows how much of the record could rot.
const personFile = (id: string) =>
	files.find((f) => new RegExp(`^content/people/${id}\\.ya?ml$`).test(f.path))?.path ?? `content/people/${id}.yaml`;
const archiveWarning = unarchivedWarning([
	...events.map(({ file, data }) => ({ file, sources: data.sources })),
	...[...people].map(([id, person]) => ({ file: personFile(id), sources: person.sources })),
	{ file: PRISONER_COUNTS_FILE, sources: prisonerCounts.map((point) => point.source) },
	{ file: TALLIES_FILE, sources: tallies.map((tally) => tally.source) },
]);
if (archiveWarning) console.warn(archiveWarning);
// A missing or outdated translation never blocks publishing: the page shows the English, with a note.
const warnings = translationWarnings(
	{
		events,
		people: [...people.keys()].map((id) => ({
			id,
			file: personFile(id),
		})),
	},
	translations,
	readContentHistory(process.cwd())
);
const SHOWN = 20;
for (const warning of warnings.slice(0, SHOWN)) console.warn(formatTranslationWarning(warning));
if (warnings.length > SHOWN) console.warn(`…and ${warnings.length - SHOWN} more missing or outdated translations.`);
// Drafts are unpublished on purpose; naming them keeps a forgotten "_" from hiding an entry.
if (drafts.length) console.log(`Not published (drafts, name starting with _): ${drafts.join(', ')}`);
