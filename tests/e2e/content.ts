import { fileURLToPath } from 'node:url';
import { readContentFiles, todayUtc } from '../../src/lib/validate/read-content';
import { validateContent } from '../../src/lib/validate/validate';
import { sortWaves } from '../../src/lib/content/relations';
import { toTimelineDatum } from '../../src/lib/timeline/data';
import { markLabel } from '../../src/lib/timeline/mark-text';
import { personStory } from '../../src/lib/content/story';
import { EVENT_KINDS, type EventKind } from '../../src/lib/content/vocabulary';
import { localeOf } from '../../src/i18n';

/**
 * The content exactly as the validator (and so the build) reads it from disk. Browser tests take
 * their expectations from here, never from today's entries, so adding a valid wave keeps them green.
 */
export const root = fileURLToPath(new URL('../..', import.meta.url));
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
	return markLabel(
		localeOf('en'),
		toTimelineDatum(id, data, (person) => content.people.get(person)?.name ?? person)
	);
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

/** How many waves each year has, and each kind, as the chart's filters should count them. */
export const yearCounts = new Map(
	years.map((year) => [year, sorted.filter((w) => w.data.date.startsWith(year)).length])
);
export const kindCounts = new Map(
	[...EVENT_KINDS]
		.map((kind) => [kind, sorted.filter((w) => w.data.kind === kind).length] as const)
		.filter(([, n]) => n > 0)
);

/** The waves dated from `from` to `to`, inclusive (`YYYY-MM-DD`), oldest first. */
export const wavesBetween = (from: string, to: string) =>
	sorted.filter((w) => w.data.date >= from && w.data.date <= to);

/** A year and a kind that both have waves, but no wave of that kind in that year: a filter that matches nothing. */
export const emptyCombination: { year: string; kind: EventKind } | undefined = years
	.flatMap((year) => [...kindCounts.keys()].map((kind) => ({ year, kind })))
	.find(({ year, kind }) => !sorted.some((w) => w.data.date.startsWith(year) && w.data.kind === kind));

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * The densest stretch of the record, for tap tests: the wave with the most neighbours within 120 days,
 * and the `size` waves nearest to it in date (itself included), newest first as the row view lists them.
 * `pool` limits the search, e.g. to the waves the row view has room for.
 */
export function densestPeriod(size = 13, pool: readonly (typeof sorted)[number][] = sorted) {
	const neighbours = (w: (typeof pool)[number]) =>
		pool.filter((o) => o !== w && Math.abs(dayOf(o.data.date) - dayOf(w.data.date)) <= 120).length;
	const centre = only(
		pool.reduce<(typeof pool)[number] | undefined>(
			(best, w) => (!best || neighbours(w) > neighbours(best) ? w : best),
			undefined
		),
		'wave'
	);
	const distance = (w: (typeof pool)[number]) => Math.abs(dayOf(w.data.date) - dayOf(centre.data.date));
	return {
		centre,
		neighbours: neighbours(centre),
		waves: pool
			.toSorted((a, b) => distance(a) - distance(b))
			.slice(0, size)
			.sort((a, b) => b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id)),
	};
}

/** One page of each type, by its path in the language (English at the root, the others under /be/, /ru/). */
export const PAGES = {
	home: '/',
	event: eventPath(richWave.id),
	person: `/people/${richPerson}/`,
	people: '/people/',
	waves: '/events/',
	corrections: '/corrections/',
	about: '/about/',
	data: '/data/',
	share: '/share/',
	search: '/search/',
	embed: '/embed/',
	card: `/embed/wave/${latest.id}/`,
} as const;
