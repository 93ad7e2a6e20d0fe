import { utcMonth, utcYear } from 'd3-time';
import { isoDate, utcDate } from '../time/dates';
import type { ChartLocale, TimelineDatum } from './types';

/** Waves grouped into one period, when single bars would no longer fit. */
export interface PeriodDatum extends TimelineDatum {
	waves: number;
	/** Kinds present in the period. */
	kinds: TimelineDatum['kind'][];
}

export type Granularity = 'none' | 'month' | 'year';

/** Group sorted waves by month or year: counts add up, and a period is precise only if all its waves are. */
export function aggregate(
	data: readonly TimelineDatum[],
	granularity: Exclude<Granularity, 'none'>,
	loc: ChartLocale
): PeriodDatum[] {
	const interval = granularity === 'month' ? utcMonth : utcYear;
	const groups = new Map<string, TimelineDatum[]>();
	for (const d of data) {
		const key = isoDate(interval.floor(utcDate(d.date)));
		groups.set(key, [...(groups.get(key) ?? []), d]);
	}
	return [...groups].map(([start, members]) => {
		const kinds = [...new Set(members.map((m) => m.kind))];
		const pps = members.map((m) => m.politicalPrisoners);
		return {
			id: start.slice(0, granularity === 'month' ? 7 : 4),
			title: granularity === 'month' ? loc.date(start, 'month-year') : start.slice(0, 4),
			date: start,
			count: members.reduce((sum, m) => sum + m.count, 0),
			precision: members.every((m) => m.precision === 'exact') ? 'exact' : 'approximate',
			politicalPrisoners: pps.every((p) => p !== undefined)
				? pps.reduce<number>((sum, p) => sum + (p ?? 0), 0)
				: undefined,
			kind: kinds.length === 1 ? kinds[0]! : 'other',
			kinds,
			names: members.flatMap((m) => m.names),
			summary: loc.count(members.length, loc.t.words.waves),
			waves: members.length,
		};
	});
}
