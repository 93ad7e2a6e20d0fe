import type { APIRoute } from 'astro';
import { sitePath } from '../lib/urls';
import { getContent, getTimelineData } from '../lib/content/queries';
import { fullChartSvg } from '../lib/timeline/full-chart';
import { svgToPng } from '../lib/share/render-png';

/** The framed chart of the whole record as a PNG, drawn at build time without a browser. */
export const GET: APIRoute = async ({ site }) => {
	const { data, held } = await getTimelineData();
	const { dataAsOf } = await getContent();
	return new Response(await svgToPng(fullChartSvg(data, held, new URL(sitePath('/'), site).href, dataAsOf)), {
		headers: { 'Content-Type': 'image/png' },
	});
};
