import { EVENT_TABLES } from './events-csv';

/** What a data file holds, as the /data/ page describes it (one dictionary entry each, or a long table's list). */
export type DataFileHolds =
	| { kind: 'events' | 'eventsCsv' | 'people' | 'prisonerCounts' | 'tallies' | 'schema' }
	| { kind: 'eventTable'; list: string; keys: readonly string[] };

/** One data file the site publishes: its address under the site, its format and what it holds. */
export interface DataFile {
	path: string;
	format: 'JSON' | 'CSV' | 'JSON Schema';
	holds: DataFileHolds;
}

/** Every data file, in the order /data/ lists them; a dated release copies exactly these. */
export const DATA_FILES: readonly DataFile[] = [
	{ path: '/data/events.json', format: 'JSON', holds: { kind: 'events' } },
	{ path: '/data/events.csv', format: 'CSV', holds: { kind: 'eventsCsv' } },
	...EVENT_TABLES.filter(({ list }) => list !== '').map(({ name, list, keys }): DataFile => ({
		path: `/data/${name}.csv`,
		format: 'CSV',
		holds: { kind: 'eventTable', list, keys },
	})),
	{ path: '/data/people.json', format: 'JSON', holds: { kind: 'people' } },
	{ path: '/data/prisoner-counts.csv', format: 'CSV', holds: { kind: 'prisonerCounts' } },
	{ path: '/data/tallies.csv', format: 'CSV', holds: { kind: 'tallies' } },
	{ path: '/data/events.schema.json', format: 'JSON Schema', holds: { kind: 'schema' } },
];

/** The file name of a data file, e.g. `events-people.csv`. */
export const fileName = (file: DataFile): string => file.path.slice(file.path.lastIndexOf('/') + 1);
