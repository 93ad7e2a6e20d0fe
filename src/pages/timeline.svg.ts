import type { APIRoute } from 'astro';
import { getTimelineData } from '../lib/content/queries';
import { layoutTimeline } from '../lib/timeline/layout';
import { renderTimelineSvg } from '../lib/timeline/render-svg';
import { WIDE } from '../lib/timeline/presets';

/** The full chart as a standalone SVG file, for print and slides. */
export const GET: APIRoute = async ({ site }) => {
	const { data, held } = await getTimelineData();
	const layout = layoutTimeline(data, held, { preset: WIDE, baseHref: new URL('/', site).href });
	const svg = renderTimelineSvg(layout, {
		idPrefix: 'timeline',
		title: 'Political-prisoner release waves in Belarus and political prisoners held',
		standalone: true,
	});
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
