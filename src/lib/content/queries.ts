import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
	prisonerCountsFileSchema,
	siteCorrectionsFileSchema,
	talliesFileSchema,
	type PersonData,
	type PrisonerCountData,
	type SiteCorrectionData,
	type TallyData,
} from './schema';
import { sortWaves, wavesByPerson, type Wave } from './relations';
import { EVENTS_DIR, PEOPLE_DIR, PRISONER_COUNTS_FILE, SITE_CORRECTIONS_FILE, TALLIES_FILE } from './validate';
import { lastChangedOf, latestChange, readContentHistory, type ContentHistory, type LastChanged } from './history';
import { personStory, type StoryItem } from './story';
import { readTranslations, type Translations } from './read-translations';
import { toHeldData, toTimelineDatum } from '../timeline/data';
import type { HeldDatum, TimelineDatum } from '../timeline/types';

/** A wave with its collection entry, for rendering the MDX body, and when its file last changed. */
export interface WaveEntry extends Wave {
	entry: CollectionEntry<'events'>;
	file: string;
	lastChanged: LastChanged;
}

/** A person, what happened to them entry by entry, and when their file last changed. */
export interface PersonEntry {
	id: string;
	data: PersonData;
	file: string;
	story: StoryItem<WaveEntry>[];
	lastChanged: LastChanged;
}

export interface Content {
	waves: WaveEntry[];
	people: PersonEntry[];
	prisonerCounts: PrisonerCountData[];
	tallies: TallyData[];
	siteCorrections: SiteCorrectionData[];
	translations: Translations;
	history: ContentHistory;
	/** The date of the latest committed change to any content file. */
	dataAsOf?: string | undefined;
}

let cache: Promise<Content> | undefined;

const readList = <T>(file: string, schema: { parse: (value: unknown) => T }) =>
	schema.parse(parse(readFileSync(file, 'utf8')));

async function load(): Promise<Content> {
	const [events, people] = await Promise.all([getCollection('events'), getCollection('people')]);
	const history = readContentHistory(process.cwd());
	const waves = sortWaves(
		events.map((entry) => {
			const file = entry.filePath ?? `${EVENTS_DIR}${entry.id}.mdx`;
			return { id: entry.id, data: entry.data, entry, file, lastChanged: lastChangedOf(history, file) };
		})
	);
	const personIds = new Set(people.map((p) => p.id));
	// Astro only logs a dangling reference; a wrong link must stop the build instead.
	for (const wave of waves) {
		const missing = wave.data.people.filter(({ id }) => !personIds.has(id)).map(({ id }) => id);
		if (missing.length) throw new Error(`${wave.file}: people: unknown ${missing.join(', ')}`);
	}
	const byPerson = wavesByPerson(waves);
	const resolved = people
		.map((p) => {
			const file = p.filePath ?? `${PEOPLE_DIR}${p.id}.yaml`;
			return {
				id: p.id,
				data: p.data,
				file,
				story: personStory(p.id, byPerson.get(p.id) ?? []),
				lastChanged: lastChangedOf(history, file),
			};
		})
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
	const prisonerCounts = readList(PRISONER_COUNTS_FILE, prisonerCountsFileSchema).toSorted((a, b) =>
		a.date.localeCompare(b.date)
	);
	const tallies = readList(TALLIES_FILE, talliesFileSchema).toSorted((a, b) => a.date.localeCompare(b.date));
	const siteCorrections = existsSync(SITE_CORRECTIONS_FILE)
		? readList(SITE_CORRECTIONS_FILE, siteCorrectionsFileSchema)
		: [];
	const files = [
		...waves.map((w) => w.file),
		...resolved.map((p) => p.file),
		PRISONER_COUNTS_FILE,
		TALLIES_FILE,
		SITE_CORRECTIONS_FILE,
	];
	return {
		waves,
		people: resolved,
		prisonerCounts,
		tallies,
		siteCorrections,
		translations: readTranslations(process.cwd()),
		history,
		dataAsOf: latestChange(history, files),
	};
}

/** Load all content once per build; every page reads from this. */
export function getContent(): Promise<Content> {
	cache ??= load();
	return cache;
}

/** The timeline's input for the whole site: every wave as a datum, and the held series. */
export async function getTimelineData(): Promise<{ data: TimelineDatum[]; held: HeldDatum[] }> {
	const { waves, people, prisonerCounts } = await getContent();
	const names = new Map(people.map((p) => [p.id, p.data.name]));
	return {
		data: waves.map((w) => toTimelineDatum(w.id, w.data, (id) => names.get(id) ?? id)),
		held: toHeldData(prisonerCounts),
	};
}
