import { aggregate, type Granularity, type PeriodDatum } from './aggregate';
import { markLabel } from './mark-text';
import type { ChartItem, ChartLocale, HeldDatum, TimelineDatum } from './types';

/** The latest count of prisoners held on or before a date, from a series sorted by date. */
export function heldOn(held: readonly HeldDatum[], date: string): HeldDatum | undefined {
	return held.findLast((h) => h.date <= date);
}

/** Pick the finest grouping that keeps at most `max` items: single waves, then months, then years. */
export function grouping(data: readonly TimelineDatum[], max: number): Granularity {
	if (data.length <= max) return 'none';
	return new Set(data.map((d) => d.date.slice(0, 7))).size <= max ? 'month' : 'year';
}

/**
 * Turn waves (sorted oldest first) into what the chart draws: one item per wave, or one per month
 * or year when grouped; a group links to the list of its waves.
 */
export function chartItems(
	data: readonly TimelineDatum[],
	held: readonly HeldDatum[],
	granularity: Granularity,
	baseHref: string,
	loc: ChartLocale
): ChartItem[] {
	const shown: (TimelineDatum | PeriodDatum)[] = granularity === 'none' ? [...data] : aggregate(data, granularity, loc);
	return shown.map((d) => {
		const waves = 'waves' in d ? d.waves : 1;
		// A grouped item keeps `released` true: it sums releases, and its label says how many waves it holds.
		return {
			id: d.id,
			href: 'waves' in d ? `${baseHref}?year=${d.date.slice(0, 4)}#waves` : `${baseHref}events/${d.id}/`,
			label: markLabel(loc, d),
			summary: d.summary,
			title: d.title,
			date: d.date,
			count: d.count,
			precision: d.precision,
			politicalPrisoners: d.politicalPrisoners,
			kind: 'kinds' in d && d.kinds.length > 1 ? 'mixed' : d.kind,
			released: 'waves' in d || d.released !== false,
			names: d.names,
			milestone: 'waves' in d ? undefined : d.milestone,
			grouped: 'waves' in d,
			waves,
			heldBefore: heldOn(held, d.date),
		};
	});
}
