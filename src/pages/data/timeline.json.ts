import type { APIRoute } from 'astro';
import { getTimelineData } from '../../lib/content/queries';

/** The timeline's input, fetched by the chart only when a reader filters or zooms, so pages stay light. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getTimelineData()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
