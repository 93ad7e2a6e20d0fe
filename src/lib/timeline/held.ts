import { nice, ticks } from 'd3-array';
import { formatNumber } from '../content/labels';
import { isoDate, utcDate } from '../time/dates';
import { round } from './round';
import type { TimeScale } from './scale';
import type { HeldDatum, HeldPanel } from './types';

/** Lay out the series of prisoners held as a line between `top` and `bottom`, clipped to the domain later. */
export function layoutHeld(
	series: readonly HeldDatum[],
	x: TimeScale,
	top: number,
	bottom: number
): HeldPanel | undefined {
	const [start, end] = x.domain.map(isoDate) as [string, string];
	const firstInside = series.findIndex((d) => d.date >= start);
	const lastInside = series.findLastIndex((d) => d.date <= end);
	if (firstInside === -1 || lastInside === -1 || lastInside < firstInside) return undefined;
	// Keep one point beyond each edge so the line runs to the edge of the panel.
	const visible = series.slice(Math.max(0, firstInside - 1), lastInside + 2);
	const [, max] = nice(0, Math.max(...visible.map((d) => d.value)), 3);
	const y = (value: number) => round(bottom - (value / max) * (bottom - top));
	const points = visible.map((d) => ({
		x: round(x(utcDate(d.date))),
		y: y(d.value),
		date: d.date,
		value: d.value,
		approximate: d.approximate,
	}));
	return {
		top,
		bottom,
		path: points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(''),
		points: points.filter((p) => p.date >= start && p.date <= end),
		ticks: ticks(0, max, 3).map((value) => ({ value, label: formatNumber(value), at: y(value) })),
	};
}
