import type { PrisonerCountData, TallyData } from './schema';
import type { Wave } from './relations';
import { isFreedOutcome, isRelease, personOutcome, releasedIn } from './outcomes';
import { COUNT_BASES, type CountBasis } from './vocabulary';

/** People released over all entries, each counted once, and where the figures come from. */
export interface ReleasedTotal {
	total: number;
	/** True when some counts in the total are approximate or lower bounds. */
	approximate: boolean;
	/** How much of the total each kind of counter gives; the parts add up to the total. */
	byBasis: Record<CountBasis, number>;
	/** People moved to house arrest, left out of the total. */
	notReleased: number;
	/** Named people freed in more than one entry, counted once: how many repeats were taken off. */
	repeats: number;
}

/** The latest count of political prisoners held, and where it falls among the entries. */
export interface HeldFigure {
	point: PrisonerCountData;
	/** The latest entry on or before the count's date. */
	after?: Wave | undefined;
	/** Entries dated after the count, which it cannot reflect. */
	later: Wave[];
}

/** The headline figures of the record, each computed from the content; /about/ defines them. */
export interface HeadlineFigures {
	entries: number;
	firstDate?: string | undefined;
	lastDate?: string | undefined;
	released: ReleasedTotal;
	/** The latest pardon tally for each period counted, newest first. */
	tallies: TallyData[];
	held?: HeldFigure | undefined;
}

const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

/** Sum the people released: entries that released someone, house arrest left out, repeat names once. */
export function releasedTotal(sorted: readonly Wave[]): ReleasedTotal {
	const byBasis = Object.fromEntries(COUNT_BASES.map((k) => [k, 0])) as Record<CountBasis, number>;
	const freedBefore = new Set<string>();
	let notReleased = 0;
	let repeats = 0;
	for (const { data } of sorted) {
		notReleased += data.count.value - releasedIn(data);
		if (!isRelease(data)) continue;
		const again = data.people.filter((p) => isFreedOutcome(personOutcome(data, p)) && freedBefore.has(p.id)).length;
		for (const p of data.people) if (isFreedOutcome(personOutcome(data, p))) freedBefore.add(p.id);
		repeats += again;
		byBasis[data.count.basis] += Math.max(0, releasedIn(data) - again);
	}
	const releases = sorted.filter((w) => isRelease(w.data));
	return {
		total: Object.values(byBasis).reduce((a, b) => a + b, 0),
		approximate: releases.some((w) => w.data.count.precision !== 'exact'),
		byBasis,
		notReleased,
		repeats,
	};
}

/** The latest pardon tally for each period start, newest first. */
export function latestTallies(tallies: readonly TallyData[]): TallyData[] {
	const latest = new Map<string, TallyData>();
	for (const tally of tallies.filter((t) => t.measure === 'pardoned' && t.to === undefined).toSorted(byDate))
		latest.set(tally.from, tally);
	return [...latest.values()].toSorted((a, b) => byDate(b, a));
}

/** Place the latest held count among the entries. */
export function heldFigure(sorted: readonly Wave[], counts: readonly PrisonerCountData[]): HeldFigure | undefined {
	const point = counts.toSorted(byDate).at(-1);
	if (!point) return undefined;
	return {
		point,
		after: sorted.findLast((w) => w.data.date <= point.date),
		later: entriesAfter(sorted, point.date),
	};
}

/** Compute every headline figure from entries sorted oldest first, the held series and the tallies. */
export function headlineFigures(
	sorted: readonly Wave[],
	counts: readonly PrisonerCountData[],
	tallies: readonly TallyData[]
): HeadlineFigures {
	return {
		entries: sorted.length,
		firstDate: sorted[0]?.data.date,
		lastDate: sorted.at(-1)?.data.date,
		released: releasedTotal(sorted),
		tallies: latestTallies(tallies),
		held: heldFigure(sorted, counts),
	};
}

/** Entries dated after a tally, which it cannot include. */
export function entriesAfter(sorted: readonly Wave[], date: string): Wave[] {
	return sorted.filter((w) => w.data.date > date);
}
