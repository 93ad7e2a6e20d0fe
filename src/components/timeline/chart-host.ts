import type { ChartView } from '../../lib/timeline/chart';
import type { TimelineFilter } from '../../lib/timeline/filter';
import type { ChartLocale, HeldDatum, TimelineDatum } from '../../lib/timeline/types';

/** The chart's data, as /data/timeline.json serves it. */
export interface ChartData {
	data: TimelineDatum[];
	held: HeldDatum[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isDatum = (d: unknown): d is TimelineDatum =>
	isRecord(d) && typeof d['id'] === 'string' && typeof d['date'] === 'string' && typeof d['count'] === 'number';
const isHeld = (d: unknown): d is HeldDatum =>
	isRecord(d) && typeof d['date'] === 'string' && typeof d['value'] === 'number';

/** Check the shape of fetched data before the chart trusts it: a malformed item is left out. */
export function asChartData(value: unknown): ChartData {
	const data: unknown = isRecord(value) ? value['data'] : undefined;
	const held: unknown = isRecord(value) ? value['held'] : undefined;
	if (!Array.isArray(data) || !Array.isArray(held)) throw new Error('unexpected timeline data');
	const items: unknown[] = data;
	const points: unknown[] = held;
	return { data: items.filter(isDatum), held: points.filter(isHeld) };
}

/** What the chart's parts (filters, zoom, downloads) may ask of the element that holds them. */
export interface ChartHost {
	root: HTMLElement;
	/** The page's language and the chart's words in it. */
	loc: ChartLocale;
	filter(): TimelineFilter;
	/** Show the chart for a filter and put it in the address. */
	apply(filter: TimelineFilter): void;
	/** The data, fetched on first need; undefined when it could not be loaded. */
	data(): Promise<ChartData | undefined>;
	/** The view on screen, drawn from the data (the first call loads it). */
	view(): Promise<ChartView | undefined>;
}
