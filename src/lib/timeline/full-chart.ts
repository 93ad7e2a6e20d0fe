import { renderChart } from './chart';
import { framedChartSvg, frameText } from './frame';
import type { HeldDatum, TimelineDatum } from './types';

/** The whole record as the framed chart unit, at 1,200 px: what /timeline.svg and /timeline.png serve. */
export function fullChartSvg(
	data: readonly TimelineDatum[],
	held: readonly HeldDatum[],
	baseHref: string,
	dataAsOf?: string
): string {
	const view = renderChart(data, held, { kinds: [] }, { baseHref });
	return framedChartSvg(view.swarm.layout, frameText(view.title, dataAsOf));
}
