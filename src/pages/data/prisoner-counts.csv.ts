import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/queries';
import { prisonerCountsCsv } from '../../lib/export/prisoner-counts-csv';

/** The series of recognised political prisoners held, one CSV row per date. */
export const GET: APIRoute = async () => {
	const { prisonerCounts } = await getContent();
	return new Response(prisonerCountsCsv(prisonerCounts), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
