import { nice, ticks } from 'd3-array';
import { utcMonth } from 'd3-time';
import { isoDate, utcDate } from '../time/dates';
import { placeAnnotations } from './annotations';
import { annotationLines } from './mark-text';
import { round } from './round';
import { createTimeScale, timeTicks } from './scale';
import type {
	ChartItem,
	ChartLocale,
	HeldDatum,
	HeldPanel,
	SwarmLayout,
	SwarmMark,
	SwarmPreset,
	TimelineDatum,
} from './types';

/** The default time axis: from July 2020 (or earlier data) to three months after the latest entry. */
export function defaultDomain(data: readonly TimelineDatum[], held: readonly HeldDatum[]): [string, string] {
	const dates = [...data.map((d) => d.date), ...held.map((d) => d.date)].sort();
	const first = dates[0] ?? '2020-07-01';
	const last = dates.at(-1) ?? '2020-12-31';
	const start = utcMonth.floor(utcDate(first < '2020-07-01' ? first : '2020-07-01'));
	return [isoDate(start), isoDate(utcMonth.offset(utcMonth.floor(utcDate(last)), 3))];
}

/** Radius by area: the largest item gets `maxRadius`, none less than `minRadius`. */
export function radiusOf(count: number, largest: number, p: SwarmPreset): number {
	return Math.max(p.minRadius, Math.sqrt(count / Math.max(largest, 1)) * p.maxRadius);
}

/**
 * Stack marks upward from the baseline, in date order, each at its own x: a mark rises only as far
 * as it must to keep its target disc clear of the marks already placed. x never moves, so every
 * mark stays at its date; the stacks are computed at the narrowest width, where marks are closest.
 */
export function stackMarks(
	xs: readonly number[],
	radii: readonly number[],
	baseline: number,
	target: number
): number[] {
	const reach = radii.map((r) => Math.max(r, target / 2));
	const placed: { x: number; y: number; reach: number }[] = [];
	return xs.map((x, i) => {
		const own = reach[i]!;
		const clear = (y: number) => placed.every((p) => Math.hypot(p.x - x, p.y - y) >= p.reach + own - 1e-6);
		const candidates = [baseline - own];
		for (const p of placed) {
			const dx = Math.abs(p.x - x);
			const gap = p.reach + own;
			if (dx < gap) candidates.push(p.y - Math.sqrt(gap * gap - dx * dx));
		}
		const y = candidates.filter(clear).reduce((best, y) => Math.max(best, y), -Infinity);
		placed.push({ x, y, reach: own });
		return y;
	});
}

function heldPanel(
	held: readonly HeldDatum[],
	domain: [string, string],
	toPct: (iso: string) => number,
	top: number,
	bottom: number,
	loc: ChartLocale
): HeldPanel | undefined {
	const inside = held.filter((d) => d.date >= domain[0] && d.date <= domain[1]);
	if (inside.length === 0) return undefined;
	const [, max] = nice(0, Math.max(...inside.map((d) => d.value)), 3);
	const y = (value: number) => round(bottom - (value / max) * (bottom - top));
	return {
		top,
		bottom,
		points: inside.map((d) => ({
			xPct: round(toPct(d.date)),
			y: y(d.value),
			date: d.date,
			value: d.value,
			approximate: d.approximate,
		})),
		ticks: ticks(0, max, 3).map((value) => ({ label: loc.number(value), y: y(value) })),
	};
}

/**
 * Lay out the time chart: every item at its date on a UTC axis (x in percentages of the width),
 * its area by the people released, stacked upward where items are close; labels for the largest
 * items and milestones above; the prisoners-held series in a small panel below, on the same axis.
 * Pure: plain data in, plain rounded numbers out, the same in any time zone.
 */
export function layoutSwarm(
	items: readonly ChartItem[],
	held: readonly HeldDatum[],
	options: { preset: SwarmPreset; domain: [string, string]; loc: ChartLocale }
): SwarmLayout {
	const { preset: p, domain, loc } = options;
	const scale = createTimeScale([utcDate(domain[0]), utcDate(domain[1])], [p.leftPct, p.rightPct]);
	const toPct = (iso: string) => scale(utcDate(iso));
	const visible = items.filter((d) => d.date >= domain[0] && d.date <= domain[1]);
	const largest = Math.max(0, ...visible.map((d) => d.count));
	const radii = visible.map((d) => round(radiusOf(d.count, largest, p)));
	const xsRef = visible.map((d) => (toPct(d.date) / 100) * p.refWidth);
	const bandBottom = p.annotationRows * p.rowHeight;
	// Stack from an arbitrary baseline, then move everything so the tallest stack fits under the labels.
	const raw = stackMarks(xsRef, radii, 0, p.target);
	const highest = Math.min(0, ...raw.map((y, i) => y - Math.max(radii[i]!, p.target / 2)));
	const baseline = round(bandBottom + 8 - highest);
	const marks: SwarmMark[] = visible.map((d, i) => ({
		...d,
		xPct: round(toPct(d.date)),
		y: round(raw[i]! + baseline),
		r: radii[i]!,
		ppR:
			d.politicalPrisoners === undefined || d.count === 0
				? undefined
				: round(radii[i]! * Math.sqrt(Math.min(1, d.politicalPrisoners / d.count))),
	}));

	const byCount = marks.toSorted((a, b) => b.count - a.count).slice(0, p.largestAnnotated);
	const milestones = marks.filter((m) => m.milestone && !byCount.includes(m));
	const annotations = placeAnnotations(
		[...byCount, ...milestones].map((m) => ({
			id: m.id,
			x: (m.xPct / 100) * p.refWidth,
			markTop: m.y - Math.max(m.r, p.target / 2),
			lines: annotationLines(loc, m),
		})),
		{
			rows: p.annotationRows,
			rowHeight: p.rowHeight,
			bottom: bandBottom,
			left: 0,
			right: p.refWidth,
			fontSize: p.fontSize,
		}
	).map((a) => ({
		id: a.id,
		xPct: round((a.x / p.refWidth) * 100),
		textXPct: round((a.textX / p.refWidth) * 100),
		anchor: a.anchor,
		y: a.y,
		lines: a.lines,
		leaderTop: a.leaderTop,
		leaderBottom: a.leaderBottom,
	}));

	const heldTop = baseline + 58;
	const heldBottom = heldTop + p.heldHeight;
	const panel = heldPanel(held, domain, toPct, heldTop, heldBottom, loc);
	return {
		height: round((panel ? heldBottom : baseline) + 46),
		domain,
		leftPct: p.leftPct,
		rightPct: p.rightPct,
		fontSize: p.fontSize,
		baseline,
		marks,
		grouped: 'none',
		annotations,
		ticks: timeTicks(scale, Math.max(3, Math.round(p.refWidth / 110)), loc.lang).map((t) => ({
			label: t.label,
			xPct: t.at,
		})),
		held: panel,
	};
}
