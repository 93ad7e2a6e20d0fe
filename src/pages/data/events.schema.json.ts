import type { APIRoute } from 'astro';
import { eventsJsonSchema } from '../../lib/export/events-schema';
import { buildContext } from '../../lib/export/file-meta';

/** The JSON Schema of /data/events.json, generated from the content schema. */
export const GET: APIRoute = ({ site }) => {
	const body = JSON.stringify(eventsJsonSchema(buildContext(site).site), null, '\t');
	return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
