import { escapeXml as esc } from '../timeline/escape';
import { glyphPath } from '../timeline/glyphs';
import { round } from '../timeline/round';
import { createTimeScale, timeTicks } from '../timeline/scale';
import { defaultDomain } from '../timeline/swarm';
import { utcDate } from '../time/dates';
import type { ChartLocale, HeldDatum, TimelineDatum } from '../timeline/types';

/** The strip's geometry, in CSS px: its height is fixed, x is in percentages, so it fits any width unscaled. */
export const STRIP = {
	height: 56,
	axis: 30,
	minRadius: 2.5,
	maxRadius: 9,
	chosenRadius: 5,
	fontSize: 12,
	left: 2,
	right: 98,
} as const;

/**
 * Draw every wave on one time axis as a small glyph, by date and sized by area, with one wave
 * emphasised above the others: where a wave's card places it in the record. A picture only (the card
 * says the same in words), with a label that tells what it shows.
 */
export function renderWaveStrip(
	data: readonly TimelineDatum[],
	held: readonly HeldDatum[],
	waveId: string,
	label: string,
	loc: ChartLocale
): string {
	const domain = defaultDomain(data, held);
	const scale = createTimeScale([utcDate(domain[0]), utcDate(domain[1])], [STRIP.left, STRIP.right]);
	const largest = Math.max(1, ...data.map((d) => d.count));
	const radius = (count: number) => round(Math.max(STRIP.minRadius, Math.sqrt(count / largest) * STRIP.maxRadius));
	// The chosen wave goes last, so it is drawn over its neighbours.
	const order = data.toSorted((a, b) => Number(a.id === waveId) - Number(b.id === waveId));
	const marks = order
		.map((d) => {
			const x = round(scale(utcDate(d.date)));
			const chosen = d.id === waveId;
			// The chosen wave stays big enough to find, however few people it freed.
			const r = chosen ? Math.max(STRIP.chosenRadius, radius(d.count)) : radius(d.count);
			const leader = chosen
				? `<line class="strip-leader" x1="${x}%" x2="${x}%" y1="2" y2="${STRIP.axis - 2 * r}"/>`
				: '';
			return `${leader}<svg x="${x}%" y="${STRIP.axis - r}" overflow="visible" class="kind-${d.kind}${chosen ? ' chosen' : ''}"><path class="glyph" d="${glyphPath(d.kind, 0, 0, r)}"/></svg>`;
		})
		.join('');
	const ticks = timeTicks(scale, 6, loc.lang)
		.map(
			(t) => `<text class="tick-label" x="${t.at}%" y="${STRIP.height - 4}" text-anchor="middle">${esc(t.label)}</text>`
		)
		.join('');
	return (
		`<svg class="wave-strip" width="100%" height="${STRIP.height}" font-size="${STRIP.fontSize}" role="img" aria-label="${esc(label)}">` +
		`<line class="axis" x1="${STRIP.left}%" x2="${STRIP.right}%" y1="${STRIP.axis}" y2="${STRIP.axis}"/>${marks}${ticks}</svg>`
	);
}
