import { nice } from 'd3-array';
import { PEOPLE_WORD } from '../content/labels';
import { countIn } from '../i18n/format';
import { EVENT_KINDS, type EventKind } from '../content/vocabulary';
import { glyphPath } from './glyphs';
import { radiusOf } from './swarm';
import type { SwarmLayout, SwarmPreset } from './types';

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
	const order = [...Object.keys(EVENT_KINDS), 'mixed'];
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

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// Neutral reference shapes (sizes, dashes, inner shapes) are grey circles, so they read as no kind.
const glyph = (kind: EventKind | 'mixed', r: number, extra = '', colour: string = kind) =>
	`<svg class="kind-${colour}" width="${Math.ceil(2 * r + 4)}" height="${Math.ceil(2 * r + 4)}" viewBox="${-(r + 2)} ${-(r + 2)} ${2 * r + 4} ${2 * r + 4}" aria-hidden="true"><path class="glyph" d="${glyphPath(kind, 0, 0, r)}"/>${extra}</svg>`;

/** The legend as an HTML list, for the page: the same items as the framed SVG's legend. */
export function renderLegendHtml(spec: LegendSpec): string {
	const items = [
		...spec.kinds.map((kind) => `${glyph(kind, 5)} ${kind === 'mixed' ? 'Several kinds' : EVENT_KINDS[kind]}`),
		...spec.sizes.map((s) => `${glyph('pardon', s.r, '', 'other')} ${escape(countIn('en', s.count, PEOPLE_WORD))}`),
		...(spec.imprecise
			? [`<span class="imprecise">${glyph('pardon', 5, '', 'other')}</span> Dashed: approximate or minimum count`]
			: []),
		...(spec.politicalPrisoners
			? [
					`${glyph('pardon', 7, `<path class="pp" d="${glyphPath('pardon', 0, 0, 4)}"/>`, 'other')} Inner shape: recognised political prisoners`,
				]
			: []),
		...(spec.held
			? ['<span class="swatch swatch-line" aria-hidden="true"></span> Line: political prisoners still held']
			: []),
	];
	return `<ul class="timeline-legend" aria-label="Legend">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}
