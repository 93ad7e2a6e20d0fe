import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/queries';
import { buildContext } from '../../lib/export/file-meta';
import { peopleJson } from '../../lib/export/people-json';

/** Every notable person, with the waves that freed them, as JSON. */
export const GET: APIRoute = async ({ site }) => {
	const { people } = await getContent();
	const body = JSON.stringify(peopleJson(people, buildContext(site)), null, '\t');
	return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
