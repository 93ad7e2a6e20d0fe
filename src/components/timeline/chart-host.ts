import type { ChartView } from '../../lib/timeline/chart';
import type { TimelineFilter } from '../../lib/timeline/filter';
import type { ChartLocale, HeldDatum, TimelineDatum } from '../../lib/timeline/types';

/** The chart's data, as /data/timeline.json serves it. */
export interface ChartData {
	data: TimelineDatum[];
	held: HeldDatum[];
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
