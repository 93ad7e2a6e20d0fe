import { EVENT_KINDS, isEventKind, type EventKind } from '../content/vocabulary';
import type { TimelineDatum } from './types';

/** What the reader narrowed the timeline to; every part is optional. */
export interface TimelineFilter {
	/** `YYYY-MM-DD`, inclusive. */
	from?: string | undefined;
	/** `YYYY-MM-DD`, inclusive. */
	to?: string | undefined;
	/** Kinds to show; empty means all. */
	kinds: EventKind[];
}

/** Read a year (`2024`) or an ISO date (`2024-07-02`) as a date; the year's first or last day by `edge`. */
export function parseDateParam(value: string | null, edge: 'start' | 'end'): string | undefined {
	if (!value) return undefined;
	if (/^\d{4}$/.test(value)) return edge === 'start' ? `${value}-01-01` : `${value}-12-31`;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/**
 * Read a filter from a query string: `year`, `from`, `to` (year or ISO date) and `kind` (comma-separated
 * or repeated). Unknown or malformed values are dropped, never passed on.
 */
export function parseFilter(params: URLSearchParams): TimelineFilter {
	const year = parseDateParam(params.get('year'), 'start')?.slice(0, 4);
	let from = parseDateParam(params.get('from'), 'start') ?? (year && `${year}-01-01`);
	let to = parseDateParam(params.get('to'), 'end') ?? (year && `${year}-12-31`);
	if (from && to && from > to) [from, to] = [to, from];
	const kinds = [...new Set(params.getAll('kind').flatMap((k) => k.split(',')))].filter(isEventKind);
	return { from: from || undefined, to: to || undefined, kinds };
}

/** The year a filter's range covers exactly (1 January to 31 December), if it does. */
export function wholeYear({ from, to }: TimelineFilter): string | undefined {
	const year = from?.slice(0, 4);
	return year && from === `${year}-01-01` && to === `${year}-12-31` ? year : undefined;
}

/** Write a filter as query parameters, using `year` when the range is exactly one calendar year. */
export function filterParams(filter: TimelineFilter): URLSearchParams {
	const { from, to, kinds } = filter;
	const params = new URLSearchParams();
	const year = wholeYear(filter);
	if (year) {
		params.set('year', year);
	} else {
		if (from) params.set('from', from);
		if (to) params.set('to', to);
	}
	if (kinds.length) params.set('kind', kinds.join(','));
	return params;
}

/** Tell whether a wave passes the filter. */
export function matchesFilter(d: Pick<TimelineDatum, 'date' | 'kind'>, { from, to, kinds }: TimelineFilter): boolean {
	return (!from || d.date >= from) && (!to || d.date <= to) && (kinds.length === 0 || kinds.includes(d.kind));
}

/** The time axis for a filter: its range where set, otherwise the default's ends. */
export function filterDomain({ from, to }: TimelineFilter, fallback: [string, string]): [string, string] {
	return [from ?? fallback[0], to ?? fallback[1]];
}

/** Tell whether the filter narrows anything. */
export function isFiltered(filter: TimelineFilter): boolean {
	return Boolean(filter.from || filter.to || filter.kinds.length);
}

/** What the filters can offer: the years and kinds that have waves, with how many each has. */
export function filterOptions(data: readonly Pick<TimelineDatum, 'date' | 'kind'>[]): {
	total: number;
	years: { value: string; count: number }[];
	kinds: { value: EventKind; count: number }[];
} {
	const count = <K extends string>(keys: K[]) => {
		const counts = new Map<K, number>();
		for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
		return counts;
	};
	const years = count(data.map((d) => d.date.slice(0, 4)));
	const kinds = count(data.map((d) => d.kind));
	return {
		total: data.length,
		years: [...years].sort(([a], [b]) => b.localeCompare(a)).map(([value, n]) => ({ value, count: n })),
		kinds: EVENT_KINDS.filter((k) => kinds.has(k)).map((value) => ({ value, count: kinds.get(value)! })),
	};
}
