import { EVENTS_DIR, PEOPLE_DIR, PRISONER_COUNTS_FILE, SITE_CORRECTIONS_FILE, TALLIES_FILE } from '../content/paths';
import type { z } from 'astro/zod';
import { splitFrontmatter } from './frontmatter';
import { readYamlSource, type YamlSource } from './yaml-source';
import { zodProblems } from './zod-problems';
import {
	eventSchema,
	eventTranslationSchema,
	personInEventSchema,
	personSchema,
	personTranslationSchema,
	prisonerCountsFileSchema,
	siteCorrectionsFileSchema,
	talliesFileSchema,
	type PersonData,
	type PrisonerCountData,
	type EventTranslationData,
	type PersonTranslationData,
	type SiteCorrectionData,
	type TallyData,
} from '../content/schema';
import { checkTranslatedTexts, translationPath, valueAtPath } from '../content/translations';
import { didYouMean } from '../search/similar-people';
import { isTranslatedLanguage, type TranslatedLanguage } from '../i18n/languages';
import {
	checkDatesInRange,
	checkDuplicateWaves,
	checkEventDates,
	checkHouseArrestCounts,
	checkLikelyDuplicateWaves,
	checkPeopleFreedTwice,
	checkPeopleInEvents,
	checkPeopleReferences,
	checkPrisonerCounts,
	checkTallyPeriods,
	type CheckedEvent,
	type PeopleOfEvent,
} from './cross-checks';
import { checkCitations } from './citations';
import type { ContentProblem } from './problems';
import { findPlaceholders } from './placeholders';
import { checkEventBody, type EventBody } from '../mdx-safety/check-body';
import { idProblem, unexpectedFile } from './file-names';

/** A content file as read from disk: repository-relative path and text. */
export interface ContentFile {
	path: string;
	text: string;
}

/** Everything that parsed, and every problem found; content is publishable only when `problems` is empty. */
export interface ValidationResult {
	problems: ContentProblem[];
	/** What deserves a second look but does not block publishing, such as two files that may be one wave. */
	warnings: ContentProblem[];
	events: CheckedEvent[];
	people: Map<string, PersonData>;
	prisonerCounts: PrisonerCountData[];
	tallies: TallyData[];
	/** Corrections to pages that are not entries, from the optional site-corrections file. */
	siteCorrections: SiteCorrectionData[];
	/** Translations, by language and then by the id of the entry or person they translate. */
	translations: Record<
		TranslatedLanguage,
		{ events: Map<string, EventTranslationData>; people: Map<string, PersonTranslationData> }
	>;
	/** Files kept unpublished on purpose (name starting with `_`), listed so none goes unnoticed. */
	drafts: string[];
}

const LIST_FILES = [PRISONER_COUNTS_FILE, TALLIES_FILE];

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const isDraft = (path: string) => baseName(path).startsWith('_');
const isHidden = (path: string) => baseName(path).startsWith('.');

/** A file that validated, or its problems and what of it could be read (so the other checks still run on it). */
type Parsed<T> = { data: T; source: YamlSource } | { problems: ContentProblem[]; source: YamlSource };

/**
 * Parse and check a YAML block. YAML mistakes do not hide schema problems: the schema checks what could be
 * read, and only the problems a YAML mistake explains (a field "missing" because its line could not be read)
 * are left out.
 */
function parseWith<S extends z.ZodType>(schema: S, file: string, yaml: string, firstLine: number): Parsed<z.output<S>> {
	const read = readYamlSource(yaml, file, firstLine);
	const { source } = read;
	const result = schema.safeParse(source.data ?? {}, { reportInput: true });
	const schemaProblems = result.success
		? []
		: zodProblems(result.error, schema, source.data, file, source.lineOf).filter(
				(problem) => !read.explains(problem.field, problem.line)
			);
	if (read.problems.length > 0 || !result.success) return { problems: [...read.problems, ...schemaProblems], source };
	return { data: result.data, source };
}

/** The people an entry that did not validate names as written; undefined for one the schema already faults. */
function peopleAsWritten(file: string, { source, problems }: { source: YamlSource; problems: ContentProblem[] }) {
	const written = valueAtPath(source.data, 'people');
	const people = (Array.isArray(written) ? written : []).map((item: unknown, i) => {
		const person = personInEventSchema.safeParse(item);
		const faulted = problems.some((p) => p.field === `people.${i}` || p.field.startsWith(`people.${i}.`));
		return person.success && !faulted ? person.data : undefined;
	});
	return { file, lineOf: source.lineOf, data: { people } };
}

/** A translation file that parsed, before it is checked against the English it translates. */
type TranslationFile = { path: string; lang: TranslatedLanguage; id: string; lineOf: YamlSource['lineOf'] } & (
	{ kind: 'events'; data: EventTranslationData; body: EventBody } | { kind: 'people'; data: PersonTranslationData }
);

/** Parse a YAML list of dated items, adding its problems (including dates out of range) to `problems`. */
function parseDatedList<S extends z.ZodType<{ date: string }[]>>(
	schema: S,
	path: string,
	text: string,
	today: string,
	problems: ContentProblem[],
	/** Further checks of the parsed list, given where each field was written. */
	check?: (data: z.output<S>, lineOf: YamlSource['lineOf']) => ContentProblem[]
): z.output<S> | [] {
	const parsed = parseWith(schema, path, text, 1);
	if ('problems' in parsed) {
		problems.push(...parsed.problems);
		return [];
	}
	problems.push(
		...checkDatesInRange(
			parsed.data,
			(i) => ({ file: path, line: parsed.source.lineOf([i, 'date']), field: `${i}.date` }),
			today
		),
		...(check?.(parsed.data, parsed.source.lineOf) ?? [])
	);
	return parsed.data;
}

/**
 * Check all content files together: each against the schema, then the cross-checks the schema
 * cannot express. Nothing is skipped silently: an unrecognised file is itself a problem.
 * @param today `YYYY-MM-DD`, the latest date an entry may carry.
 */
export function validateContent(files: readonly ContentFile[], today: string): ValidationResult {
	const result: ValidationResult = {
		problems: [],
		warnings: [],
		events: [],
		people: new Map(),
		prisonerCounts: [],
		tallies: [],
		siteCorrections: [],
		translations: { be: { events: new Map(), people: new Map() }, ru: { events: new Map(), people: new Map() } },
		drafts: [],
	};
	const bodies: EventBody[] = [];
	const translated: TranslationFile[] = [];
	// Entries and people that have an English file, valid or not: a translation of an invalid one is not an orphan.
	const english = { events: new Set<string>(), people: new Set<string>() };
	// Event texts checked on their own (without the English sources): translations that did not validate.
	const bodiesAlone: EventBody[] = [];
	const invalidEvents: PeopleOfEvent[] = [];
	for (const { path, text } of files) {
		if (isHidden(path)) continue;
		if (isDraft(path)) {
			result.drafts.push(path);
			continue;
		}
		const name = baseName(path);
		const translation = translationPath(path);
		if (translation && isTranslatedLanguage(translation.lang)) {
			const { lang, kind, id } = translation;
			if (kind === 'events') {
				const split = splitFrontmatter(text, path);
				if ('file' in split) {
					result.problems.push(split);
					continue;
				}
				const parsed = parseWith(eventTranslationSchema, path, split.yaml, 2);
				const body = { file: path, body: split.body, firstLine: split.bodyLine };
				if ('problems' in parsed) {
					result.problems.push(...parsed.problems);
					bodiesAlone.push(body);
				} else translated.push({ path, lang, kind, id, data: parsed.data, lineOf: parsed.source.lineOf, body });
			} else {
				const parsed = parseWith(personTranslationSchema, path, text, 1);
				if ('problems' in parsed) result.problems.push(...parsed.problems);
				else translated.push({ path, lang, kind, id, data: parsed.data, lineOf: parsed.source.lineOf });
			}
		} else if (path.startsWith(EVENTS_DIR) && name.endsWith('.mdx')) {
			const id = name.replace(/\.mdx$/, '');
			const split = splitFrontmatter(text, path);
			if ('file' in split) {
				result.problems.push(split);
				continue;
			}
			const parsed = parseWith(eventSchema, path, split.yaml, 2);
			english.events.add(id);
			const placeholders = findPlaceholders(path, split);
			bodies.push({ file: path, body: split.body, firstLine: split.bodyLine });
			result.problems.push(...idProblem(path, id, split.yaml), ...placeholders);
			// A placeholder is reported once, as a placeholder, and not again as a value of the wrong type.
			if ('problems' in parsed) {
				result.problems.push(...parsed.problems.filter((p) => !placeholders.some((t) => t.field === p.field)));
				invalidEvents.push(peopleAsWritten(path, parsed));
			} else result.events.push({ id, file: path, data: parsed.data, lineOf: parsed.source.lineOf });
		} else if (path.startsWith(PEOPLE_DIR) && /\.ya?ml$/.test(name)) {
			const id = name.replace(/\.ya?ml$/, '');
			const parsed = parseWith(personSchema, path, text, 1);
			english.people.add(id);
			result.problems.push(...idProblem(path, id, text));
			if ('problems' in parsed) result.problems.push(...parsed.problems);
			else {
				result.people.set(id, parsed.data);
				result.problems.push(
					...checkDatesInRange(
						parsed.data.corrections,
						(i) => ({
							file: path,
							line: parsed.source.lineOf(['corrections', i, 'date']),
							field: `corrections.${i}.date`,
						}),
						today
					)
				);
			}
		} else if (path === PRISONER_COUNTS_FILE) {
			const parsed = parseWith(prisonerCountsFileSchema, path, text, 1);
			if ('problems' in parsed) result.problems.push(...parsed.problems);
			else {
				result.prisonerCounts = parsed.data;
				result.problems.push(...checkPrisonerCounts(parsed.data, path, parsed.source.lineOf, today));
			}
		} else if (path === TALLIES_FILE) {
			result.tallies = parseDatedList(talliesFileSchema, path, text, today, result.problems, (data, lineOf) =>
				checkTallyPeriods(data, path, lineOf)
			);
		} else if (path === SITE_CORRECTIONS_FILE) {
			result.siteCorrections = parseDatedList(siteCorrectionsFileSchema, path, text, today, result.problems);
		} else {
			result.problems.push(unexpectedFile(path));
		}
	}
	for (const file of LIST_FILES.filter((name) => !files.some((f) => f.path === name))) {
		result.problems.push({
			file,
			field: '(file)',
			message: 'the file is missing',
			expected: 'a YAML list of dated, sourced points',
		});
	}
	// A person whose file has problems is still a person: naming them is not a second mistake.
	const personIds = english.people;
	// An unknown person is most often a spelling of a known one: say which, by the site search's folding.
	const suggest = (id: string) => didYouMean(id, result.people);
	const eventsByFile = new Map(result.events.map((event) => [event.file, event]));
	for (const body of bodies) {
		const event = eventsByFile.get(body.file);
		const sources = event && {
			ids: new Set(event.data.sources.map((s) => s.id)),
			urls: new Set(event.data.sources.map((s) => s.url)),
		};
		const { problems, cited } = checkEventBody(body, personIds, sources, suggest);
		result.problems.push(...problems);
		if (event) result.problems.push(...checkCitations(event, cited));
	}
	for (const t of translated) {
		const event = t.kind === 'events' ? result.events.find((e) => e.id === t.id) : undefined;
		const original = t.kind === 'events' ? event?.data : result.people.get(t.id);
		// The English is there but did not validate: its own problems say why; the translation is checked alone.
		if (!original && english[t.kind].has(t.id)) {
			if (t.kind === 'events') bodiesAlone.push(t.body);
			continue;
		}
		if (!original) {
			result.problems.push({
				file: t.path,
				line: 1,
				field: '(file name)',
				message: `there is no English ${t.kind === 'events' ? 'entry' : 'person file'} "${t.id}" to translate`,
				expected: `the file name of the English ${t.kind === 'events' ? `entry in ${EVENTS_DIR}` : `person in ${PEOPLE_DIR}`}`,
			});
			continue;
		}
		result.problems.push(
			...checkTranslatedTexts(t.data.texts, original, t.path, t.lineOf),
			...checkDatesInRange(
				[{ date: t.data.checked }],
				() => ({ file: t.path, line: t.lineOf(['checked']), field: 'checked' }),
				today
			)
		);
		const store = result.translations[t.lang];
		if (t.kind === 'events') {
			// The text may cite and link only what the English entry lists.
			const sources = event && {
				ids: new Set(event.data.sources.map((s) => s.id)),
				urls: new Set(event.data.sources.map((s) => s.url)),
			};
			result.problems.push(...checkEventBody(t.body, personIds, sources, suggest).problems);
			store.events.set(t.id, t.data);
		} else store.people.set(t.id, t.data);
	}
	for (const body of bodiesAlone) result.problems.push(...checkEventBody(body, personIds, undefined, suggest).problems);
	result.problems.push(
		...checkPeopleReferences([...result.events, ...invalidEvents], personIds, suggest),
		...checkPeopleInEvents(result.events),
		...checkHouseArrestCounts(result.events),
		...checkDuplicateWaves(result.events),
		...checkEventDates(result.events, today),
		...result.events.flatMap((event) =>
			checkDatesInRange(
				event.data.corrections,
				(i) => ({ file: event.file, line: event.lineOf(['corrections', i, 'date']), field: `corrections.${i}.date` }),
				today
			)
		)
	);
	result.warnings.push(...checkLikelyDuplicateWaves(result.events), ...checkPeopleFreedTwice(result.events));
	return result;
}
