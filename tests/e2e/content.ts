import { fileURLToPath } from 'node:url';
import { readContentFiles, todayUtc } from '../../src/lib/content/read-content';
import { validateContent } from '../../src/lib/content/validate';
import { sortWaves } from '../../src/lib/content/relations';
import { toTimelineDatum } from '../../src/lib/timeline/data';
import { markLabel } from '../../src/lib/timeline/mark-text';
import { personStory } from '../../src/lib/content/story';

/**
 * The content exactly as the validator (and so the build) reads it from disk. Browser tests take
 * their expectations from here, never from today's entries, so adding a valid wave keeps them green.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
export const content = validateContent(readContentFiles(root), todayUtc());

/** Every wave, oldest first, as the site orders them. */
export const sorted = sortWaves(content.events);
export const waves = new Map(content.events.map((event) => [event.id, event.data]));

const only = <T>(value: T | undefined, what: string): T => {
	if (value === undefined) throw new Error(`the content has no ${what}; browser tests need at least one`);
	return value;
};

/** The newest wave, and the oldest. */
export const latest = only(sorted.at(-1), 'wave');
export const oldest = only(sorted[0], 'wave');

/** The page of a wave. */
export const eventPath = (id: string) => `/events/${id}/`;

/** The accessible name of a wave's mark in the chart. */
export function markName(id: string): string {
	const data = only(waves.get(id), `wave ${id}`);
	return markLabel(toTimelineDatum(id, data, (person) => content.people.get(person)?.name ?? person));
}

/** The name of a person, by id. */
export const personName = (id: string) => only(content.people.get(id), `person ${id}`).name;

/** A wave with disputes and named people, and one of those people: the richest page to test. */
export const richWave = only(
	sorted.findLast((w) => w.data.disputes.length > 0 && w.data.people.length > 0),
	'wave with disputes and named people'
);
export const richPerson = richWave.data.people[0]!.id;

/** A wave whose text links to another site. */
export const waveWithExternalLinks = only(
	sorted.findLast((w) => w.data.sources.length > 1),
	'wave with more than one source'
);

/** The years that have waves, and the busiest year with more than one kind of wave (for filter tests). */
export const years = [...new Set(sorted.map((w) => w.data.date.slice(0, 4)))];
export const busyYear = only(
	years
		.map((year) => ({ year, list: sorted.filter((w) => w.data.date.startsWith(year)) }))
		.filter(({ list }) => new Set(list.map((w) => w.data.kind)).size > 1)
		.sort((a, b) => b.list.length - a.list.length)[0],
	'year with waves of more than one kind'
);

/** What the person pages say of a person: their story, derived with the site's own rule. */
export const storyOf = (id: string) => personStory(id, sorted);
