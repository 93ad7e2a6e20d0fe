import type { EventData, PrisonerCountData } from './schema';

/** The headline figures shown on the home page, computed from the content. */
export interface HeadlineFigures {
	waves: number;
	released: number;
	/** True when some counts in the total are approximate or lower bounds. */
	releasedIsEstimate: boolean;
	politicalPrisoners: number;
	/** How many waves report a count of recognised political prisoners. */
	wavesWithPoliticalPrisoners: number;
	latestHeld?: PrisonerCountData | undefined;
	firstDate?: string | undefined;
	lastDate?: string | undefined;
}

/** Sum the waves and pick the latest prisoner count. */
export function headlineFigures(events: readonly EventData[], counts: readonly PrisonerCountData[]): HeadlineFigures {
	const withPP = events.filter((e) => e.politicalPrisoners);
	const dates = events.map((e) => e.date).sort();
	return {
		waves: events.length,
		released: events.reduce((sum, e) => sum + e.count.value, 0),
		releasedIsEstimate: events.some((e) => e.count.precision !== 'exact'),
		politicalPrisoners: withPP.reduce((sum, e) => sum + (e.politicalPrisoners?.count.value ?? 0), 0),
		wavesWithPoliticalPrisoners: withPP.length,
		latestHeld: counts.toSorted((a, b) => a.date.localeCompare(b.date)).at(-1),
		firstDate: dates[0],
		lastDate: dates.at(-1),
	};
}
