import { EVENTS_DIR, PEOPLE_DIR, PRISONER_COUNTS_FILE, SITE_CORRECTIONS_FILE, TALLIES_FILE } from './paths';
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import type { PersonData, PrisonerCountData, SiteCorrectionData, TallyData } from './schema';
import { sortWaves, wavesByPerson, type Wave } from './relations';
import { lastChangedOf, latestChange, readContentHistory, type ContentHistory, type LastChanged } from './history';
import { personStory, type StoryItem } from './story';
import { personOf } from './person-ref';
import { readTranslations, type Translations } from './read-translations';
import { localName, textState, translateEvent, translatePerson, type TextState } from './localize';
import type { Language } from '../i18n/languages';

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

type ListCollection = 'prisonerCounts' | 'tallies' | 'siteCorrections';

/** A list file's items in date order; items of one date keep their order in the file, which is their id. */
async function readList<C extends ListCollection>(collection: C): Promise<CollectionEntry<C>['data'][]> {
	const entries = await getCollection(collection);
	return entries
		.toSorted((a, b) => a.data.date.localeCompare(b.data.date) || Number(a.id) - Number(b.id))
		.map((entry) => entry.data);
}

async function load(): Promise<Content> {
	const [events, people] = await Promise.all([getCollection('events'), getCollection('people')]);
	const history = readContentHistory(process.cwd());
	const waves = sortWaves(
		events.map((entry) => {
			const file = entry.filePath ?? `${EVENTS_DIR}${entry.id}.mdx`;
			return { id: entry.id, data: entry.data, entry, file, lastChanged: lastChangedOf(history, file) };
		})
	);
	const peopleById = new Map(people.map((p) => [p.id, p]));
	// Astro only logs a dangling reference; a wrong link must stop the build instead.
	for (const wave of waves) for (const { id } of wave.data.people) personOf(peopleById, id, `${wave.file}: people`);
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
	const [prisonerCounts, tallies, siteCorrections] = await Promise.all([
		readList('prisonerCounts'),
		readList('tallies'),
		// A missing file is no corrections; asking for its empty collection would only log a warning.
		existsSync(SITE_CORRECTIONS_FILE) ? readList('siteCorrections') : [],
	]);
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

/** A wave as a language's pages show it: translated when a current translation exists, else the English. */
export interface LocalWave extends WaveEntry {
	text: TextState;
	/** The translated text to render, when the translation is shown. */
	translation?: CollectionEntry<'eventTranslations'> | undefined;
}

/** A person as a language's pages show them: the name in its spelling, the description translated or English. */
export interface LocalPerson extends PersonEntry {
	text: TextState;
	story: StoryItem<LocalWave>[];
}

/** All content as the pages of one language show it. */
export interface LocalContent extends Omit<Content, 'waves' | 'people'> {
	lang: Language;
	waves: LocalWave[];
	people: LocalPerson[];
	personById: ReadonlyMap<string, LocalPerson>;
}

const local = new Map<Language, Promise<LocalContent>>();

// `astro dev` announces each reload of a content file; what was loaded before it is out of date.
import.meta.hot?.on('astro:content-changed', () => {
	cache = undefined;
	local.clear();
});

async function loadLocal(lang: Language): Promise<LocalContent> {
	const content = await getContent();
	const entries = lang === 'en' ? [] : await getCollection('eventTranslations');
	const bodies = new Map(entries.filter((e) => e.id.startsWith(`${lang}/`)).map((e) => [e.id.split('/').at(-1), e]));
	const translations = lang === 'en' ? undefined : content.translations[lang];
	const waves: LocalWave[] = content.waves.map((wave) => {
		const translation = translations?.events.get(wave.id);
		const text = textState(lang, translation, wave.lastChanged);
		if (text.state !== 'translated' || !translation) return { ...wave, text };
		return { ...wave, data: translateEvent(wave.data, translation), text, translation: bodies.get(wave.id) };
	});
	const byPerson = wavesByPerson(waves);
	const people: LocalPerson[] = content.people
		.map((person) => {
			const translation = translations?.people.get(person.id);
			const text = textState(lang, translation, person.lastChanged);
			const data = text.state === 'translated' && translation ? translatePerson(person.data, translation) : person.data;
			return {
				...person,
				data: { ...data, name: localName(person.data, lang) },
				text,
				story: personStory(person.id, byPerson.get(person.id) ?? []),
			};
		})
		.sort((a, b) => a.data.name.localeCompare(b.data.name, lang));
	return { ...content, lang, waves, people, personById: new Map(people.map((person) => [person.id, person])) };
}

/** Load all content as one language's pages show it, once per build and language. */
export function getLocalContent(lang: Language): Promise<LocalContent> {
	let loaded = local.get(lang);
	if (!loaded) {
		loaded = loadLocal(lang);
		local.set(lang, loaded);
	}
	return loaded;
}
