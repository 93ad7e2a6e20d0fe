import { renderChart } from './chart';
import { framedChartSvg } from './frame';
import type { ChartLocale, HeldDatum, TimelineDatum } from './types';

/** The whole record as the framed chart unit, at 1,200 px: what /timeline.svg and /timeline.png serve. */
export function fullChartSvg(
	data: readonly TimelineDatum[],
	held: readonly HeldDatum[],
	baseHref: string,
	loc: ChartLocale,
	dataAsOf?: string
): string {
	const view = renderChart(data, held, { kinds: [] }, { baseHref, loc });
	return framedChartSvg(view.swarm.layout, { title: view.title, dataAsOf, loc });
}
