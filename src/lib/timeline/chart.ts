import { fill } from '../i18n/locale';
import { filterDomain, isFiltered, matchesFilter, type TimelineFilter } from './filter';
import { chartItems, grouping } from './items';
import { ROWS, SWARM } from './presets';
import { renderRowsHtml } from './render-rows';
import { renderSwarmSvg } from './render-swarm';
import { layoutRows } from './rows';
import { defaultDomain, layoutSwarm } from './swarm';
import type { ChartLocale, HeldDatum, RowsLayout, SwarmLayout, TimelineDatum } from './types';

/** How a chart is drawn and where its links lead. */
export interface ChartOptions {
	/** Prefix of links; an absolute site URL inside embeds. */
	baseHref?: string | undefined;
	linkTarget?: '_blank' | undefined;
	highlight?: string | undefined;
	/** Where the row view sends readers for the waves it has no room for. */
	moreHref?: string | undefined;
	idPrefix?: string | undefined;
	/** The language the chart is drawn in. */
	loc: ChartLocale;
}

/** One state of the chart, drawn both ways: the time chart for wide containers, the rows for phones. */
export interface ChartView {
	title: string;
	/** What the chart shows, for the status line: "Showing 12 of 34 waves, …"; empty when nothing is narrowed. */
	status: string;
	/** The waves drawn, oldest first. */
	shown: TimelineDatum[];
	swarm: { layout: SwarmLayout; svg: string };
	rows: { layout: RowsLayout; html: string };
}

/** The dates the shown waves span, for titles and status lines: the waves' range, never the axis padding. */
function span(loc: ChartLocale, shown: readonly TimelineDatum[]): string {
	const first = shown[0];
	const last = shown.at(-1);
	if (!first || !last) return '';
	return first.date === last.date
		? loc.date(first.date)
		: fill(loc.t.dates.span, { from: loc.date(first.date), to: loc.date(last.date) });
}

/**
 * The one chart pipeline: filter the waves, lay them out for both views and render them. The build
 * calls it for the first view of every page; the browser calls it again when a reader filters or zooms.
 */
export function renderChart(
	data: readonly TimelineDatum[],
	held: readonly HeldDatum[],
	filter: TimelineFilter,
	options: ChartOptions
): ChartView {
	const { baseHref = '/', idPrefix = 'tl', loc } = options;
	const { chart: words } = loc.t;
	const sorted = data.toSorted((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	const shown = sorted.filter((d) => matchesFilter(d, filter));
	const domain = filterDomain(filter, defaultDomain(sorted, held));
	const granularity = grouping(shown, SWARM.maxMarks);
	const title = shown.length ? fill(words.titleSpan, { span: span(loc, shown) }) : words.title;
	const swarmLayout = {
		...layoutSwarm(chartItems(shown, held, granularity, baseHref, loc), held, { preset: SWARM, domain, loc }),
		grouped: granularity,
	};
	const rowsLayout = layoutRows(chartItems(shown, held, 'none', baseHref, loc), ROWS);
	const status = !isFiltered(filter)
		? ''
		: shown.length
			? fill(words.status, {
					shown: loc.number(shown.length),
					total: loc.number(sorted.length),
					span: span(loc, shown),
				})
			: words.empty;
	return {
		title,
		status,
		shown,
		swarm: {
			layout: swarmLayout,
			svg: renderSwarmSvg(
				swarmLayout,
				{
					idPrefix,
					title,
					linkTarget: options.linkTarget,
					highlight: options.highlight,
					emptyText: words.emptyHint,
					loc,
				},
				SWARM.target
			),
		},
		rows: {
			layout: rowsLayout,
			html: renderRowsHtml(rowsLayout, {
				linkTarget: options.linkTarget,
				highlight: options.highlight,
				moreHref: options.moreHref,
				emptyText: words.emptyHint,
				loc,
			}),
		},
	};
}
