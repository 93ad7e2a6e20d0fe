import type { EventData } from './schema';

/** A wave with its id, as the pages and exports use it. */
export interface Wave {
	id: string;
	data: EventData;
}

/** Sort waves oldest first; same-day waves keep a stable order by id. */
export function sortWaves<T extends Wave>(waves: readonly T[]): T[] {
	return waves.toSorted((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
}

/** Return the waves before and after `id` in date order. */
export function neighbours<T extends Wave>(
	sorted: readonly T[],
	id: string
): { previous?: T | undefined; next?: T | undefined } {
	const i = sorted.findIndex((w) => w.id === id);
	return i === -1 ? {} : { previous: sorted[i - 1], next: sorted[i + 1] };
}

/** Map each person id to the waves that freed them, oldest first. */
export function wavesByPerson<T extends Wave>(sorted: readonly T[]): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const wave of sorted) {
		for (const { id } of wave.data.people) map.set(id, [...(map.get(id) ?? []), wave]);
	}
	return map;
}

/** How many waves the home page lists before it links to the full list instead. */
export const HOME_LIST_LIMIT = 10;

/** The latest `limit` waves, still oldest first, so a long record keeps the home page light. */
export function latestWaves<T extends Wave>(sorted: readonly T[], limit = HOME_LIST_LIMIT): T[] {
	return sorted.slice(Math.max(0, sorted.length - limit));
}

/** Group sorted waves by year, oldest year first. */
export function wavesByYear<T extends Wave>(sorted: readonly T[]): [string, T[]][] {
	const years = new Map<string, T[]>();
	for (const wave of sorted) {
		const year = wave.data.date.slice(0, 4);
		years.set(year, [...(years.get(year) ?? []), wave]);
	}
	return [...years];
}
