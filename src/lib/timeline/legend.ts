import { nice } from 'd3-array';
import { EVENT_KINDS, type EventKind } from '../content/vocabulary';
import { escapeXml as escape } from './escape';
import { glyphPath } from './glyphs';
import { radiusOf } from './swarm';
import type { ChartLocale, SwarmLayout, SwarmPreset } from './types';

/** What the legend must explain: exactly the encodings the chart uses. */
export interface LegendSpec {
	kinds: (EventKind | 'mixed')[];
	/** Reference sizes for the area key, with the radius each is drawn at. */
	sizes: { count: number; r: number }[];
	imprecise: boolean;
	politicalPrisoners: boolean;
	held: boolean;
}

/** Read the legend off a layout, so it lists every encoding used and nothing else. */
export function legendSpec(layout: SwarmLayout, preset: SwarmPreset): LegendSpec {
	const order: string[] = [...EVENT_KINDS, 'mixed'];
	const kinds = [...new Set(layout.marks.map((m) => m.kind))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
	const largest = layout.marks.reduce((best, m) => (m.count > (best?.count ?? 0) ? m : best), layout.marks[0]);
	const sizes = largest
		? [...new Set([1, nice(0, largest.count / 5, 1)[1], largest.count])]
				.filter((count) => count <= largest.count)
				.map((count) => ({ count, r: Math.round(radiusOf(count, largest.count, preset) * 10) / 10 }))
		: [];
	return {
		kinds,
		sizes,
		imprecise: layout.marks.some((m) => m.precision !== 'exact'),
		politicalPrisoners: layout.marks.some((m) => m.ppR !== undefined),
		held: layout.held !== undefined,
	};
}

// Neutral reference shapes (sizes, dashes, inner shapes) are grey circles, so they read as no kind.
const glyph = (kind: EventKind | 'mixed', r: number, extra = '', colour: string = kind) =>
	`<svg class="kind-${colour}" width="${Math.ceil(2 * r + 4)}" height="${Math.ceil(2 * r + 4)}" viewBox="${-(r + 2)} ${-(r + 2)} ${2 * r + 4} ${2 * r + 4}" aria-hidden="true"><path class="glyph" d="${glyphPath(kind, 0, 0, r)}"/>${extra}</svg>`;

/**
 * The legend as an HTML list, for the page: the same items as the framed SVG's legend. The keys that only
 * the time chart uses (disc sizes, the held line) are marked, so the row view can hide them: its bars
 * show counts by length and it has no held line.
 */
export function renderLegendHtml(spec: LegendSpec, loc: ChartLocale): string {
	const { t } = loc;
	const key = (html: string, swarmOnly = false) => `<li${swarmOnly ? ' class="swarm-key"' : ''}>${html}</li>`;
	const items = [
		...spec.kinds.map((kind) => key(`${glyph(kind, 5)} ${escape(kind === 'mixed' ? t.mixedKinds : t.kinds[kind])}`)),
		...spec.sizes.map((s) =>
			key(`${glyph('pardon', s.r, '', 'other')} ${escape(loc.count(s.count, t.words.people))}`, true)
		),
		...(spec.imprecise
			? [key(`<span class="imprecise">${glyph('pardon', 5, '', 'other')}</span> ${escape(t.chart.legendDashed)}`)]
			: []),
		...(spec.politicalPrisoners
			? [
					key(
						`${glyph('pardon', 7, `<path class="pp" d="${glyphPath('pardon', 0, 0, 4)}"/>`, 'other')} ${escape(t.chart.legendInner)}`
					),
				]
			: []),
		...(spec.held
			? [key(`<span class="swatch swatch-line" aria-hidden="true"></span> ${escape(t.chart.legendLine)}`, true)]
			: []),
	];
	return `<ul class="timeline-legend" aria-label="${escape(t.chart.legend)}">${items.join('')}</ul>`;
}
