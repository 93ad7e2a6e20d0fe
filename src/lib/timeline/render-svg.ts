import { formatNumber } from '../content/labels';
import { escapeXml as esc } from './escape';
import { glyphPath } from './glyphs';
import type { TimelineAnnotation, TimelineLayout, TimelineMark, TimelineTick } from './types';

/** Options for turning a layout into SVG markup. */
export interface RenderOptions {
	/** Prefix for ids, unique per SVG on a page. */
	idPrefix: string;
	title: string;
	/** Add the namespace and a style sheet so the file stands alone (print, slides). */
	standalone?: boolean | undefined;
	/** Open mark links in a new tab (embeds must not navigate their frame). */
	linkTarget?: '_blank' | undefined;
	/** Id of a mark to emphasise. */
	highlight?: string | undefined;
}

const GLYPH_R = { wide: 4.5, compact: 2.2 };

/** Colours and type for a standalone file; inline charts take them from the page's CSS. */
export const STANDALONE_STYLE = `text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#1b1b1f}.tick-label,.axis-title{fill:#55565e}.grid{stroke:#d5d5da}.axis{stroke:#55565e}.bar{fill:currentColor}.pp{fill:#1b1b1f;fill-opacity:.45}.imprecise .bar{fill-opacity:.35;stroke:currentColor;stroke-dasharray:3 2}.glyph{fill:currentColor;stroke:currentColor}.kind-pardon{color:#8a1c1c}.kind-negotiated-release{color:#1f5c99}.kind-exchange{color:#6b4c9a}.kind-amnesty-law{color:#2e6b3a}.kind-other,.kind-mixed{color:#666}.leader{stroke:#55565e}.held-line{fill:none;stroke:#1b1b1f;stroke-width:1.5}.held-point{fill:#1b1b1f}.held-point.approximate{fill:#fff;stroke:#1b1b1f}.date-tick{stroke:#55565e}`;

function renderMark(m: TimelineMark, layout: TimelineLayout, r: number, options: RenderOptions): string {
	const classes = [
		'mark',
		`kind-${m.kind}`,
		m.precise ? '' : 'imprecise',
		options.highlight === m.id ? 'highlight' : '',
	]
		.filter(Boolean)
		.join(' ');
	const target = options.linkTarget ? ` target="${options.linkTarget}" rel="noopener"` : '';
	const width = layout.barWidth;
	const pp =
		m.ppHeight === undefined
			? ''
			: `<rect class="pp" x="${m.x - width / 2}" y="${layout.baseline - m.ppHeight}" width="${width}" height="${m.ppHeight}"/>`;
	// A rug tick marks the true date when the bar had to be nudged aside.
	const dateTick = Math.abs(m.x - m.dateX) > 1 ? `<path class="date-tick" d="M${m.dateX},${layout.baseline}v4"/>` : '';
	return (
		`<a class="${classes}" href="${esc(m.href)}"${target} aria-label="${esc(m.label)}" data-id="${esc(m.id)}" data-date="${m.date}" data-summary="${esc(m.summary)}">` +
		`<title>${esc(m.label)}</title>` +
		`<rect class="hit" x="${m.x - width / 2 - 1}" y="${m.y - 2 * r - 4}" width="${width + 2}" height="${m.height + 2 * r + 4}" fill="transparent"/>` +
		`<rect class="bar" x="${m.x - width / 2}" y="${m.y}" width="${width}" height="${m.height}"/>${pp}` +
		`<path class="glyph" d="${glyphPath(m.kind, m.x, m.y - r - 2, r)}"/>${dateTick}</a>`
	);
}

function renderAnnotation(a: TimelineAnnotation, fontSize: number): string {
	const lines = a.lines
		.map(
			(line, i) =>
				`<tspan x="${a.textX}"${i ? ` dy="${Math.round(fontSize * 1.25)}"` : ''}${i ? '' : ' class="annotation-head"'}>${esc(line)}</tspan>`
		)
		.join('');
	return `<g class="annotation" data-for="${esc(a.id)}"><path class="leader" d="M${a.x},${a.leaderTop}V${a.leaderBottom}"/><text x="${a.textX}" y="${a.y}" text-anchor="${a.anchor}">${lines}</text></g>`;
}

/** Horizontal gridlines with their labels on the left, for a panel's value axis. */
function renderValueTicks(ticks: readonly TimelineTick[], { plotLeft, plotRight }: TimelineLayout): string {
	return ticks
		.map(
			(t) =>
				`<path class="grid" d="M${plotLeft},${t.at}H${plotRight}"/><text class="tick-label" x="${plotLeft - 4}" y="${t.at + 4}" text-anchor="end">${esc(t.label)}</text>`
		)
		.join('');
}

function renderHeld(layout: TimelineLayout, clipId: string): string {
	const h = layout.held;
	if (!h) return '';
	const last = h.points.at(-1);
	const ticks = renderValueTicks(h.ticks, layout);
	const points = h.points
		.map((p) => `<circle class="held-point${p.approximate ? ' approximate' : ''}" cx="${p.x}" cy="${p.y}" r="2.5"/>`)
		.join('');
	const lastLabel = last
		? `<text class="held-last" x="${last.x - 4}" y="${last.y + 16}" text-anchor="end">${esc(formatNumber(last.value))}</text>`
		: '';
	return (
		`<g class="held" aria-hidden="true"><text class="axis-title" x="${layout.plotLeft}" y="${h.top - 8}">Political prisoners held (Viasna)</text>${ticks}` +
		`<path class="held-line" clip-path="url(#${clipId})" d="${h.path}"/>${points}${lastLabel}</g>`
	);
}

/** Render a layout as SVG markup: real links per mark, text for labels, nothing that needs JavaScript. */
export function renderTimelineSvg(layout: TimelineLayout, options: RenderOptions): string {
	const { idPrefix } = options;
	const fontSize = layout.preset === 'wide' ? 12 : 11;
	const r = GLYPH_R[layout.preset];
	const bottom = layout.held ? layout.held.bottom : layout.baseline;
	const clipId = `${idPrefix}-clip`;
	const grid = layout.xTicks
		.map(
			(t) =>
				`<path class="grid" d="M${t.at},${layout.barsTop}V${bottom}"/><text class="tick-label" x="${t.at}" y="${bottom + 16}" text-anchor="middle">${esc(t.label)}</text>`
		)
		.join('');
	const yAxis = renderValueTicks(layout.yTicks, layout);
	const head = options.standalone
		? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" font-size="${fontSize}" role="group" aria-labelledby="${idPrefix}-title"><style>${STANDALONE_STYLE}</style><rect width="100%" height="100%" fill="#fff"/>`
		: `<svg class="timeline-svg timeline-${layout.preset}" viewBox="0 0 ${layout.width} ${layout.height}" font-size="${fontSize}" role="group" aria-labelledby="${idPrefix}-title">`;
	return (
		head +
		`<title id="${idPrefix}-title">${esc(options.title)}</title>` +
		`<defs><clipPath id="${clipId}"><rect x="${layout.plotLeft}" y="0" width="${layout.plotRight - layout.plotLeft}" height="${layout.height}"/></clipPath></defs>` +
		`<g aria-hidden="true">${grid}${yAxis}<path class="axis" d="M${layout.plotLeft},${layout.baseline}H${layout.plotRight}"/></g>` +
		`<g aria-hidden="true">${layout.annotations.map((a) => renderAnnotation(a, fontSize)).join('')}</g>` +
		`<g class="marks">${layout.marks.map((m) => renderMark(m, layout, r, options)).join('')}</g>` +
		renderHeld(layout, clipId) +
		'</svg>'
	);
}
