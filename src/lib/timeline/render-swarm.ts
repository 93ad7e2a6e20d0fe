import { escapeXml as esc } from './escape';
import { glyphPath } from './glyphs';
import { fill } from '../i18n/locale';
import type { ChartItem, ChartLocale, SwarmAnnotation, SwarmLayout, SwarmMark } from './types';

/** Options for turning a time-chart layout into SVG markup. */
export interface SwarmRenderOptions {
	/** Prefix for ids, unique per SVG on a page. */
	idPrefix: string;
	title: string;
	/** Open mark links in a new tab (embeds must not navigate their frame). */
	linkTarget?: '_blank' | undefined;
	/** Id of a mark to emphasise, or several (a person's waves). */
	highlight?: string | readonly string[] | undefined;
	/**
	 * A picture, not a page: no links, names or data for scripts, so an image file holds only what it shows and
	 * its content hash changes only when its pixels do. Highlighted marks get a ring, which reads at thumbnail size.
	 */
	still?: boolean | undefined;
	/** Where the chart sits inside a framed unit: a fixed width, so its percentages resolve. */
	position?: { x: number; y: number; width: number } | undefined;
	/** The text shown when nothing matches. */
	emptyText?: string | undefined;
	loc: ChartLocale;
}

const pct = (value: number) => `${value}%`;

/** What a mark's preview shows beyond its name: the summary and the count of prisoners held before it. */
export function previewData(loc: ChartLocale, item: ChartItem): string {
	const held = item.heldBefore
		? ` data-held="${esc(fill(loc.t.chart.heldPreview, { count: loc.number(item.heldBefore.value), date: loc.date(item.heldBefore.date) }))}"`
		: '';
	return ` data-summary="${esc(item.summary)}"${held}`;
}

export function renderMark(m: SwarmMark, options: SwarmRenderOptions, target: number): string {
	const highlighted = [options.highlight ?? []].flat().includes(m.id);
	const classes = ['mark', `kind-${m.kind}`, m.precision === 'exact' ? '' : 'imprecise', highlighted ? 'highlight' : '']
		.filter(Boolean)
		.join(' ');
	const pp = m.ppR === undefined ? '' : `<path class="pp" d="${glyphPath(m.kind, 0, 0, m.ppR)}"/>`;
	const glyph = `<path class="glyph" d="${glyphPath(m.kind, 0, 0, m.r)}"/>${pp}`;
	if (options.still) {
		const ring = highlighted ? `<circle class="ring" r="${m.r + 7}"/>` : '';
		return `<g class="${classes}"><svg x="${pct(m.xPct)}" y="${m.y}" overflow="visible">${glyph}${ring}</svg></g>`;
	}
	const opens = options.linkTarget ? ` target="${options.linkTarget}" rel="noopener"` : '';
	return (
		`<a class="${classes}" href="${esc(m.href)}"${opens} aria-label="${esc(m.label)}" data-id="${esc(m.id)}" data-date="${m.date}" data-x="${m.xPct}" data-y="${m.y}"${previewData(options.loc, m)}>` +
		`<title>${esc(m.label)}</title>` +
		`<svg x="${pct(m.xPct)}" y="${m.y}" overflow="visible"><circle class="hit" r="${Math.max(m.r, target / 2)}" fill="transparent"/>` +
		`${glyph}</svg></a>`
	);
}

function renderAnnotation(a: SwarmAnnotation, fontSize: number): string {
	const lines = a.lines
		.map(
			(line, i) =>
				`<tspan x="${pct(a.textXPct)}"${i ? ` dy="${Math.round(fontSize * 1.25)}"` : ' class="annotation-head"'}>${esc(line)}</tspan>`
		)
		.join('');
	return (
		`<g class="annotation" data-for="${esc(a.id)}"><line class="leader" x1="${pct(a.xPct)}" x2="${pct(a.xPct)}" y1="${a.leaderTop}" y2="${a.leaderBottom}"/>` +
		`<text y="${a.y}" text-anchor="${a.anchor}">${lines}</text></g>`
	);
}

function renderHeld(layout: SwarmLayout, loc: ChartLocale): string {
	const h = layout.held;
	if (!h) return '';
	const { leftPct, rightPct } = layout;
	// The zero line needs no label, and one would sit on the first points of the series.
	const grid = h.ticks
		.map(
			(t, i) =>
				`<line class="grid" x1="${pct(leftPct)}" x2="${pct(rightPct)}" y1="${t.y}" y2="${t.y}"/>${i === 0 ? '' : `<text class="tick-label" x="${pct(leftPct)}" dx="2" y="${t.y - 3}">${esc(t.label)}</text>`}`
		)
		.join('');
	const line = h.points
		.slice(1)
		.map(
			(p, i) =>
				`<line class="held-line" x1="${pct(h.points[i]!.xPct)}" y1="${h.points[i]!.y}" x2="${pct(p.xPct)}" y2="${p.y}"/>`
		)
		.join('');
	const dots = h.points
		.map(
			(p) =>
				`<circle class="held-point${p.approximate ? ' approximate' : ''}" cx="${pct(p.xPct)}" cy="${p.y}" r="2.5"/>`
		)
		.join('');
	const last = h.points.at(-1);
	const lastLabel = last
		? `<text class="held-last" x="${pct(last.xPct)}" dx="-4" y="${last.y - 8}" text-anchor="end">${esc(loc.number(last.value))}</text>`
		: '';
	return `<g class="held" aria-hidden="true"><text class="axis-title" x="${pct(leftPct)}" y="${h.top - 22}">${esc(loc.t.chart.heldAxis)}</text>${grid}${line}${dots}${lastLabel}</g>`;
}

/**
 * Render the time chart as SVG: x in percentages and sizes in pixels, so it fills any width
 * without scaling its text; real links per mark; nothing that needs JavaScript.
 */
export function renderSwarmSvg(layout: SwarmLayout, options: SwarmRenderOptions, target = 24): string {
	const { idPrefix, position } = options;
	const { leftPct, rightPct, baseline, fontSize } = layout;
	const bottom = layout.held ? layout.held.bottom : baseline;
	const ticks = layout.ticks
		.map(
			(t) =>
				`<line class="grid" x1="${pct(t.xPct)}" x2="${pct(t.xPct)}" y1="${baseline - 6}" y2="${bottom}"/><text class="tick-label" x="${pct(t.xPct)}" y="${bottom + 18}" text-anchor="middle">${esc(t.label)}</text>`
		)
		.join('');
	const place = position ? ` x="${position.x}" y="${position.y}" width="${position.width}"` : ' width="100%"';
	const empty =
		layout.marks.length === 0
			? `<text class="empty" x="50%" y="${baseline - 40}" text-anchor="middle">${esc(options.emptyText ?? options.loc.t.chart.empty)}</text>`
			: '';
	// A still chart is not clipped to its box (it stays inside it): resvg clips a nested svg through an
	// offscreen layer the size of the whole image, which took two thirds of a social image's drawing time.
	const named = options.still
		? ' overflow="visible"'
		: ` role="group" aria-labelledby="${idPrefix}-title" data-domain="${layout.domain.join(',')}" data-left="${leftPct}" data-right="${rightPct}"`;
	const title = options.still ? '' : `<title id="${idPrefix}-title">${esc(options.title)}</title>`;
	return (
		`<svg class="timeline-svg"${place} height="${layout.height}" font-size="${fontSize}"${named}>${title}` +
		`<g aria-hidden="true">${ticks}<line class="axis" x1="${pct(leftPct)}" x2="${pct(rightPct)}" y1="${baseline}" y2="${baseline}"/>` +
		`<text class="axis-title" x="${pct(leftPct)}" y="${bottom + 38}">${esc(options.loc.t.chart.dateAxis)}</text></g>` +
		`<g aria-hidden="true">${layout.annotations.map((a) => renderAnnotation(a, fontSize)).join('')}</g>` +
		`<g class="marks">${layout.marks.map((m) => renderMark(m, options, target)).join('')}</g>${empty}` +
		renderHeld(layout, options.loc) +
		'</svg>'
	);
}
