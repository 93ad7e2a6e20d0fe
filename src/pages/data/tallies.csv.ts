import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/queries';
import { talliesCsv } from '../../lib/export/tallies-csv';

/** The human-rights community's cumulative tallies, one CSV row per tally, oldest first. */
export const GET: APIRoute = async () => {
	const { tallies } = await getContent();
	return new Response(talliesCsv(tallies), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
