import { max as maxOf, nice, ticks } from 'd3-array';
import { utcMonth, utcYear } from 'd3-time';
import { formatNumber } from '../content/labels';
import { isoDate, utcDate } from '../time/dates';
import { aggregate, chooseGranularity, type PeriodDatum } from './aggregate';
import { placeAnnotations, type AnnotationCandidate } from './annotations';
import { dodge } from './dodge';
import { layoutHeld } from './held';
import { annotationLines, markLabel } from './mark-text';
import { round } from './round';
import { createTimeScale, timeTicks } from './scale';
import type { HeldDatum, TimelineDatum, TimelineLayout, TimelineMark, TimelinePreset } from './types';

/** Options for one rendering of the chart. */
export interface LayoutOptions {
	preset: TimelinePreset;
	/** `YYYY-MM-DD` start and end; by default from the start of 2020 to just after the latest entry. */
	domain?: [string, string] | undefined;
	/** Prefix for links, e.g. `/` or `https://example.org/`. */
	baseHref?: string | undefined;
}

const GLYPH = 9;

/** The default time axis: from January 2020 (or earlier data) to two months after the latest entry. */
export function defaultDomain(data: readonly TimelineDatum[], held: readonly HeldDatum[]): [string, string] {
	const dates = [...data.map((d) => d.date), ...held.map((d) => d.date)].sort();
	const first = dates[0] ?? '2020-01-01';
	const last = dates.at(-1) ?? '2020-12-31';
	const start = utcYear.floor(utcDate(first < '2020-01-01' ? first : '2020-01-01'));
	return [isoDate(start), isoDate(utcMonth.offset(utcMonth.floor(utcDate(last)), 2))];
}

function toMark(
	d: TimelineDatum | PeriodDatum,
	x: number,
	dateX: number,
	y: (v: number) => number,
	baseline: number,
	baseHref: string
): TimelineMark {
	const waves = 'waves' in d ? d.waves : 1;
	const top = Math.min(y(d.count), baseline - 1.5);
	return {
		id: d.id,
		href:
			waves === 1 && !('waves' in d) ? `${baseHref}events/${d.id}/` : `${baseHref}?year=${d.date.slice(0, 4)}#waves`,
		label: markLabel(d),
		summary: d.summary,
		x: round(x),
		dateX: round(dateX),
		y: round(top),
		height: round(baseline - top),
		ppHeight: d.politicalPrisoners === undefined ? undefined : round(baseline - y(d.politicalPrisoners)),
		kind: 'kinds' in d && d.kinds.length > 1 ? 'mixed' : d.kind,
		precise: d.precision === 'exact',
		title: d.title,
		date: d.date,
		count: d.count,
		precision: d.precision,
		politicalPrisoners: d.politicalPrisoners,
		waves,
	};
}

/**
 * Lay out the timeline: one bar per wave (height ∝ people released, on a linear scale) on a UTC axis,
 * labels for the largest waves and milestones, and the prisoners-held series in a panel below.
 * Pure: plain data in, plain rounded numbers out, the same in any time zone.
 */
export function layoutTimeline(
	data: readonly TimelineDatum[],
	held: readonly HeldDatum[],
	options: LayoutOptions
): TimelineLayout {
	const { preset: p, baseHref = '/' } = options;
	const domain = options.domain ?? defaultDomain(data, held);
	const plotLeft = p.marginLeft;
	const plotRight = p.width - p.marginRight;
	const x = createTimeScale([utcDate(domain[0]), utcDate(domain[1])], [plotLeft, plotRight]);
	const bandBottom = p.annotationRows * p.rowHeight + 4;
	const barsTop = bandBottom + GLYPH + 6;
	const baseline = barsTop + p.barsHeight;

	const visible = data
		.filter((d) => d.date >= domain[0] && d.date <= domain[1])
		.toSorted((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	const spacing = p.barWidth + p.barGap;
	const granularity = chooseGranularity(visible, Math.floor((plotRight - plotLeft) / spacing));
	const shown: (TimelineDatum | PeriodDatum)[] = granularity === 'none' ? visible : aggregate(visible, granularity);

	const [, yMax] = nice(0, maxOf(shown, (d) => d.count) ?? 1, 4);
	const y = (v: number) => baseline - (v / yMax) * p.barsHeight;
	const dateXs = shown.map((d) => x(utcDate(d.date)));
	const xs = dodge(dateXs, spacing, plotLeft + p.barWidth / 2, plotRight - p.barWidth / 2);
	const marks = shown.map((d, i) => toMark(d, xs[i]!, dateXs[i]!, y, baseline, baseHref));

	const byId = new Map(shown.map((d) => [d.id, d]));
	const largest = marks.toSorted((a, b) => b.count - a.count).slice(0, p.largestAnnotated);
	const milestones =
		p.annotationStyle === 'long' ? marks.filter((m) => byId.get(m.id)?.milestone && !largest.includes(m)) : [];
	const candidates: AnnotationCandidate[] = [...largest, ...milestones].map((m) => ({
		id: m.id,
		x: m.x,
		markTop: m.y - GLYPH,
		lines: annotationLines(byId.get(m.id)!, p.annotationStyle),
	}));
	const annotations = placeAnnotations(candidates, {
		rows: p.annotationRows,
		rowHeight: p.rowHeight,
		bottom: bandBottom,
		left: 0,
		right: p.width,
		fontSize: p.fontSize,
	});

	const heldTop = baseline + 30;
	const heldBottom = heldTop + p.heldHeight;
	return {
		preset: p.name,
		width: p.width,
		height: heldBottom + 22,
		domain,
		plotLeft,
		plotRight,
		barWidth: p.barWidth,
		barsTop,
		baseline: round(baseline),
		marks,
		aggregated: granularity,
		annotations,
		xTicks: timeTicks(x, p.xTickCount),
		yTicks: ticks(0, yMax, 4).map((value) => ({ value, label: formatNumber(value), at: round(y(value)) })),
		held: layoutHeld(held, x, heldTop, heldBottom),
	};
}
