import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/queries';
import { eventsJson, namesById } from '../../lib/export/events-json';
import { buildContext } from '../../lib/export/file-meta';

/** Every wave as JSON, built from the same content as the pages. */
export const GET: APIRoute = async ({ site }) => {
	const { waves, people } = await getContent();
	const body = JSON.stringify(eventsJson(waves, namesById(people), buildContext(site)), null, '\t');
	return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
