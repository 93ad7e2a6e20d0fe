/** What changed in the record between two data releases, computed from their events.json and people.json. */
import type { ReleaseChanges } from './manifest';

/** The parts of a release's records that a changelog compares. */
export interface ReleaseRecords {
	events: readonly { id: string; title: string; corrections?: readonly { date: string; text: string }[] }[];
	people: readonly { id: string; name: string }[];
}

// The file's build date and an entry's own address say nothing about the record.
const IGNORED_FIELDS = new Set(['url']);

function changedFields(before: object, after: object): string[] {
	const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
	const value = (record: object, field: string) => JSON.stringify((record as Record<string, unknown>)[field]);
	return [...fields]
		.filter((field) => !IGNORED_FIELDS.has(field) && value(before, field) !== value(after, field))
		.sort();
}

function compare<T extends { id: string }>(before: readonly T[], after: readonly T[], title: (entry: T) => string) {
	const old = new Map(before.map((entry) => [entry.id, entry]));
	const now = new Map(after.map((entry) => [entry.id, entry]));
	const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
	return {
		added: after
			.filter((entry) => !old.has(entry.id))
			.map((entry) => ({ id: entry.id, title: title(entry) }))
			.sort(byId),
		changed: after
			.flatMap((entry) => {
				const previous = old.get(entry.id);
				const fields = previous ? changedFields(previous, entry) : [];
				return fields.length > 0 ? [{ id: entry.id, title: title(entry), fields }] : [];
			})
			.sort(byId),
		removed: before
			.filter((entry) => !now.has(entry.id))
			.map((entry) => ({ id: entry.id, title: title(entry) }))
			.sort(byId),
	};
}

/** Compute the changes to waves, people and corrections from the previous release's records (none for the first release) to this one's. */
export function recordChanges(
	previous: ReleaseRecords | undefined,
	current: ReleaseRecords
): Omit<ReleaseChanges, 'files'> {
	const before = previous ?? { events: [], people: [] };
	const seen = new Set(
		before.events.flatMap((event) => (event.corrections ?? []).map((c) => `${event.id}\n${c.date}\n${c.text}`))
	);
	return {
		events: compare(before.events, current.events, (event) => event.title),
		people: compare(before.people, current.people, (person) => person.name),
		corrections: current.events
			.flatMap((event) => (event.corrections ?? []).map((c) => ({ id: event.id, date: c.date, text: c.text })))
			.filter((c) => !seen.has(`${c.id}\n${c.date}\n${c.text}`))
			.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
	};
}
