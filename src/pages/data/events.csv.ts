import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/queries';
import { eventsCsv } from '../../lib/export/events-csv';
import { namesById, toExportedEvent } from '../../lib/export/events-json';
import { buildContext } from '../../lib/export/file-meta';

/** Every wave as one CSV row, built from the same content as the pages. */
export const GET: APIRoute = async ({ site }) => {
	const { waves, people } = await getContent();
	const { site: base } = buildContext(site);
	const names = namesById(people);
	const body = eventsCsv(waves.map((wave) => toExportedEvent(wave, names, base)));
	return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
