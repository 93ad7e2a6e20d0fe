import { toCsv } from '../export/csv';
import type { TimelineDatum } from './types';

/** The waves a chart view shows, as CSV: what a reader downloads is exactly what they see. */
export function viewCsv(shown: readonly TimelineDatum[], baseHref: string): string {
	return toCsv([
		['id', 'date', 'title', 'count', 'count_precision', 'kind', 'released', 'political_prisoners', 'url'],
		...shown.map((d) => [
			d.id,
			d.date,
			d.title,
			String(d.count),
			d.precision,
			d.kind,
			d.released === false ? 'false' : 'true',
			d.politicalPrisoners === undefined ? '' : String(d.politicalPrisoners),
			new URL(`events/${d.id}/`, baseHref).href,
		]),
	]);
}
