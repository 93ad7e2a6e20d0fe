import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { prisonerCountsFileSchema, type PersonData, type PrisonerCountData } from './schema';
import { sortWaves, wavesByPerson, type Wave } from './relations';
import { PRISONER_COUNTS_FILE } from './validate';
import { toHeldData, toTimelineDatum } from '../timeline/data';
import type { HeldDatum, TimelineDatum } from '../timeline/types';

/** A wave with its collection entry, for rendering the MDX body. */
export interface WaveEntry extends Wave {
	entry: CollectionEntry<'events'>;
}

/** A person with the waves that freed them. */
export interface PersonEntry {
	id: string;
	data: PersonData;
	waves: WaveEntry[];
}

let cache: Promise<{ waves: WaveEntry[]; people: PersonEntry[]; prisonerCounts: PrisonerCountData[] }> | undefined;

async function load() {
	const [events, people] = await Promise.all([getCollection('events'), getCollection('people')]);
	const waves = sortWaves(events.map((entry) => ({ id: entry.id, data: entry.data, entry })));
	const personIds = new Set(people.map((p) => p.id));
	// Astro only logs a dangling reference; a wrong link must stop the build instead.
	for (const wave of waves) {
		const missing = wave.data.people.filter((id) => !personIds.has(id));
		if (missing.length) throw new Error(`content/events/${wave.id}.mdx: people: unknown ${missing.join(', ')}`);
	}
	const byPerson = wavesByPerson(waves);
	const resolved = people
		.map((p) => ({ id: p.id, data: p.data, waves: byPerson.get(p.id) ?? [] }))
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
	const prisonerCounts = prisonerCountsFileSchema
		.parse(parse(readFileSync(PRISONER_COUNTS_FILE, 'utf8')))
		.toSorted((a, b) => a.date.localeCompare(b.date));
	return { waves, people: resolved, prisonerCounts };
}

/** Load all content once per build; every page reads from this. */
export function getContent() {
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
