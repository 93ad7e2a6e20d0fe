import { escapeXml as esc } from './escape';
import { glyphPath } from './glyphs';
import { countPhrase } from './mark-text';
import { fill } from '../i18n/locale';
import type { ChartLocale, ChartRow, RowsLayout } from './types';

/** Options for turning the row view into HTML. */
export interface RowsRenderOptions {
	linkTarget?: '_blank' | undefined;
	highlight?: string | undefined;
	/** Where the full list is, for the waves that did not fit. */
	moreHref?: string | undefined;
	emptyText?: string | undefined;
	loc: ChartLocale;
}

const kindText = (loc: ChartLocale, kind: ChartRow['kind']) =>
	(kind === 'mixed' ? loc.t.mixedKinds : loc.t.kinds[kind]).toLowerCase();

function renderRow(row: ChartRow, options: RowsRenderOptions): string {
	const { loc } = options;
	const classes = [
		'row',
		'mark',
		row.precision === 'exact' ? '' : 'imprecise',
		options.highlight === row.id ? 'highlight' : '',
	]
		.filter(Boolean)
		.join(' ');
	const opens = options.linkTarget ? ` target="${options.linkTarget}" rel="noopener"` : '';
	const pp = row.ppPct === undefined ? '' : `<rect class="pp" width="${row.ppPct}%" height="10"/>`;
	const names = row.names.length
		? `<span class="row-names">${esc(row.names.length > 3 ? fill(loc.t.chart.andMore, { names: row.names.slice(0, 3).join(', '), more: loc.number(row.names.length - 3) }) : row.names.join(', '))}</span>`
		: '';
	const date = row.grouped ? row.title : loc.date(row.date, 'short');
	return (
		`<li${row.yearStart ? ` class="year-start" data-year="${row.date.slice(0, 4)}"` : ''}>` +
		`<a class="${classes}" href="${esc(row.href)}"${opens} data-label="${esc(row.label)}" data-id="${esc(row.id)}" data-date="${row.date}">` +
		`<span class="row-head"><svg class="row-glyph kind-${row.kind}" width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true"><path class="glyph" d="${glyphPath(row.kind, 0, 0, 4.5)}"/></svg>` +
		`<time datetime="${row.date}">${esc(date)}</time> <strong>${esc(countPhrase(loc, row))}</strong> <span class="visually-hidden">(${esc(row.grouped ? loc.count(row.waves, loc.t.words.waves) : kindText(loc, row.kind))})</span></span>` +
		`<svg class="row-bar kind-${row.kind}" width="100%" height="10" aria-hidden="true"><rect class="bar" width="${row.barPct}%" height="10"/>${pp}</svg>` +
		`${names}</a></li>`
	);
}

/** Render the row view as HTML: an ordered list of links, newest first, readable at any width. */
export function renderRowsHtml(layout: RowsLayout, options: RowsRenderOptions): string {
	const { loc } = options;
	if (layout.rows.length === 0) return `<p class="timeline-empty">${esc(options.emptyText ?? loc.t.chart.empty)}</p>`;
	const more =
		layout.more > 0 && options.moreHref
			? `<p class="rows-more"><a href="${esc(options.moreHref)}">${esc(fill(loc.t.chart.olderWaves, { n: loc.number(layout.more), word: loc.plural(layout.more, loc.t.words.waves) }))}</a></p>`
			: '';
	return `<ol class="timeline-rows">${layout.rows.map((row) => renderRow(row, options)).join('')}</ol>${more}`;
}
