import type { APIRoute } from 'astro';
import { sitePath } from '../lib/urls';
import { getContent, getTimelineData } from '../lib/content/queries';
import { fullChartSvg } from '../lib/timeline/full-chart';

/** The framed chart of the whole record as a standalone SVG file, for print, slides and stories. */
export const GET: APIRoute = async ({ site }) => {
	const { data, held } = await getTimelineData();
	const { dataAsOf } = await getContent();
	return new Response(fullChartSvg(data, held, new URL(sitePath('/'), site).href, dataAsOf), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
};
