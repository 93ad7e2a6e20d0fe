import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../lib/content/queries';
import { EVENT_TABLES, eventTables } from '../../lib/export/events-csv';
import { namesById, toExportedEvent } from '../../lib/export/events-json';
import { buildContext } from '../../lib/export/file-meta';
import { tableCsv } from '../../lib/export/tables';

// The tables follow from the schema, not the content: a wave with no disputes still leaves events-disputes.csv.
export const getStaticPaths = (() =>
	EVENT_TABLES.map(({ name }) => ({ params: { table: name } }))) satisfies GetStaticPaths;

/** The waves as spreadsheet tables (events.csv and its long tables), built from the same content as the pages. */
export const GET: APIRoute<never, { table: string }> = async ({ site, params }) => {
	const { waves, people } = await getContent();
	const { site: base } = buildContext(site);
	const names = namesById(people);
	const tables = eventTables(waves.map((wave) => toExportedEvent(wave, names, base)));
	const table = tables.find((candidate) => candidate.name === params.table)!;
	return new Response(tableCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
