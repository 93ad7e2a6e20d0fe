import { fill } from '../i18n/locale';
import { escapeXml as esc } from './escape';
import { glyphPath } from './glyphs';
import { legendSpec } from './legend';
import { SWARM } from './presets';
import { renderSwarmSvg } from './render-swarm';
import type { ChartLocale, SwarmLayout } from './types';

/** The words around a framed chart, as a newsroom graphic carries them. */
export interface FrameText {
	title: string;
	/** `YYYY-MM-DD` of the latest content change. */
	dataAsOf?: string | undefined;
	loc: ChartLocale;
}

/** Colours and type for a chart that stands alone (a file, a slide, a social image), in the site's palette. */
export const STANDALONE_STYLE =
	"text{font-family:'Liberation Sans',system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#1b1b1f}.tick-label,.axis-title,.note{fill:#55565e}.grid{stroke:#d5d5da}.axis{stroke:#55565e}.glyph{fill:currentColor;fill-opacity:.55;stroke:currentColor;stroke-width:1.5}.pp{fill:#1b1b1f;fill-opacity:.5}.imprecise .glyph{fill-opacity:.2;stroke-dasharray:3 2}.kind-pardon{color:#8a1c1c}.kind-negotiated-release{color:#1f5c99}.kind-exchange{color:#6b4c9a}.kind-amnesty-law{color:#2e6b3a}.kind-other,.kind-mixed{color:#666}.leader{stroke:#55565e}.held-line{stroke:#1b1b1f;stroke-width:1.5}.held-point{fill:#1b1b1f}.held-point.approximate{fill:#fff;stroke:#1b1b1f}.annotation-head{font-weight:700}.title{font-weight:700}";

/** Lay the legend out in one wrapped line of items, each a glyph and a label; returns markup and height. */
function legendRow(layout: SwarmLayout, width: number, top: number, loc: ChartLocale): { svg: string; height: number } {
	const spec = legendSpec(layout, SWARM);
	const { t } = loc;
	const items: { glyph: string; text: string; size?: number }[] = [
		...spec.kinds.map((kind) => ({
			glyph: `<path class="glyph kind-${kind}" d="${glyphPath(kind, 0, 0, 6)}"/>`,
			text: kind === 'mixed' ? t.mixedKinds : t.kinds[kind],
		})),
		...(spec.imprecise
			? [
					{
						glyph: `<g class="imprecise kind-other"><path class="glyph" d="${glyphPath('pardon', 0, 0, 6)}"/></g>`,
						text: t.chart.legendDashed,
					},
				]
			: []),
		...(spec.politicalPrisoners
			? [
					{
						glyph: `<path class="glyph kind-other" d="${glyphPath('pardon', 0, 0, 7)}"/><path class="pp" d="${glyphPath('pardon', 0, 0, 4)}"/>`,
						text: t.chart.legendInner,
					},
				]
			: []),
		...(spec.held
			? [
					{
						glyph: '<line class="held-line" x1="-7" x2="7" y1="0" y2="0"/>',
						text: t.chart.legendLine,
					},
				]
			: []),
		...spec.sizes.map((s) => ({
			glyph: `<path class="glyph kind-other" d="${glyphPath('pardon', 0, 0, s.r)}"/>`,
			text: loc.count(s.count, t.words.people),
			size: s.r,
		})),
	];
	let x = 0;
	let y = top + 30;
	const parts = items.map(({ glyph, text, size = 6 }) => {
		const w = 2 * size + 10 + text.length * 7.2 + 18;
		if (x + w > width && x > 0) {
			x = 0;
			y += 56;
		}
		const part = `<g transform="translate(${Math.round(x + size + 2)},${y - 4})">${glyph}</g><text x="${Math.round(x + 2 * size + 10)}" y="${y}">${esc(text)}</text>`;
		x += w;
		return part;
	});
	return { svg: `<g font-size="13">${parts.join('')}</g>`, height: y - top + 12 };
}

/**
 * The framed chart unit as one standalone SVG file: title, subtitle, the chart, a legend of the
 * encodings used, the source line, the date of the data and the credit. /timeline.svg, the
 * downloads and the social image are all this, at a fixed width.
 */
export function framedChartSvg(
	layout: SwarmLayout,
	text: FrameText,
	options: { width?: number; highlight?: string | undefined } = {}
): string {
	const width = options.width ?? 1200;
	const pad = 24;
	const inner = width - 2 * pad;
	const chartTop = 86;
	const chart = renderSwarmSvg(
		layout,
		{
			idPrefix: 'frame',
			title: text.title,
			highlight: options.highlight,
			loc: text.loc,
			position: { x: pad, y: chartTop, width: inner },
		},
		SWARM.target
	);
	const { loc } = text;
	const { chart: words } = loc.t;
	const legend = legendRow(layout, inner, chartTop + layout.height + 8, loc);
	const footTop = chartTop + layout.height + 8 + legend.height + 18;
	const credit = text.dataAsOf
		? fill(words.frameAsOf, { credit: words.credit, date: loc.date(text.dataAsOf) })
		: words.credit;
	const height = footTop + 40;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="frame-title">` +
		`<style>${STANDALONE_STYLE}</style><rect width="100%" height="100%" fill="#fdfdfb"/>` +
		`<text class="title" x="${pad}" y="40" font-size="24">${esc(text.title)}</text>` +
		`<text class="note" x="${pad}" y="66" font-size="15">${esc(words.subtitle)}</text>` +
		chart +
		`<g transform="translate(${pad},0)">${legend.svg}</g>` +
		`<text class="note" x="${pad}" y="${footTop}" font-size="13">${esc(fill(words.sourceLine, { source: words.source }))}</text>` +
		`<text class="note" x="${pad}" y="${footTop + 20}" font-size="13">${esc(credit)}</text></svg>`
	);
}
