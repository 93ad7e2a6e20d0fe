import { PEOPLE_DIR, PRISONER_COUNTS_FILE, TALLIES_FILE } from '../content/paths';
import type { ContentProblem } from './problems';
import type { ContentFile, ValidationResult } from './validate';
import type { ContentHistory } from '../content/history';
import { translationProblem, translationWarnings } from './translation-status';
import { probableDuplicates } from '../search/similar-people';
import { unarchivedWarning } from '../content/archives';

/**
 * What is worth an editor's attention but never blocks publishing, in the same shape as a problem so every
 * report (terminal, dev page, pull-request annotations) prints both alike.
 */
export interface ContentWarnings {
	warnings: ContentProblem[];
	/** Missing or outdated translations: listed apart, because there are many and they are routine. */
	translations: ContentProblem[];
	/** One line on sources without an archived copy, across all files; undefined when every source has one. */
	archives: string | undefined;
}

/** The file a person was read from, whichever of the two YAML extensions it has. */
export function personFileOf(files: readonly ContentFile[], id: string): string {
	const yml = `${PEOPLE_DIR}${id}.yml`;
	return files.some((f) => f.path === yml) ? yml : `${PEOPLE_DIR}${id}.yaml`;
}

/** Every warning about valid content: probable duplicates, sources without an archived copy, translations. */
export function contentWarnings(
	files: readonly ContentFile[],
	result: ValidationResult,
	history: ContentHistory
): ContentWarnings {
	const { events, people, prisonerCounts, tallies, translations } = result;
	const personFile = (id: string) => personFileOf(files, id);
	// Two people whose names fold alike are probably one person in two files.
	const duplicates = probableDuplicates(people).map(({ ids, spellings }): ContentProblem => ({
		file: personFile(ids[1]),
		line: 1,
		field: 'name',
		message: `"${spellings[1]}" is the same name to the search as "${spellings[0]}" in ${personFile(ids[0])}`,
		expected: 'if they are one person, keep one file and move every reference to it',
	}));
	// A source without an archived copy is still a source; the count shows how much of the record could rot.
	const archives = unarchivedWarning([
		...events.map(({ file, data }) => ({ file, sources: data.sources })),
		...[...people].map(([id, person]) => ({ file: personFile(id), sources: person.sources })),
		{ file: PRISONER_COUNTS_FILE, sources: prisonerCounts.map((point) => point.source) },
		{ file: TALLIES_FILE, sources: tallies.map((tally) => tally.source) },
	]);
	const translationList = translationWarnings(
		{ events, people: [...people.keys()].map((id) => ({ id, file: personFile(id) })) },
		translations,
		history
	).map(translationProblem);
	return { warnings: [...result.warnings, ...duplicates], translations: translationList, archives };
}
