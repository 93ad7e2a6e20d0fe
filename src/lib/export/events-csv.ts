import { z } from 'astro/zod';
import { personInEventSchema } from '../content/schema';
import { unwrap } from '../authoring/schema-docs';
import { exportedEventSchema, type ExportedEvent } from './events-json';
import { recordTables, type CsvTable } from './tables';

const personInEvent = unwrap(personInEventSchema) as z.ZodObject<z.ZodRawShape>;

/**
 * A wave as the spreadsheet tables hold it: the English record (translations, keyed by field path, are in
 * events.json), each named person with their name beside their id rather than in a list of its own.
 */
export const spreadsheetEventSchema = exportedEventSchema.omit({ translations: true, peopleNames: true }).extend({
	people: z
		.array(
			z.strictObject({
				id: personInEvent.shape['id']!,
				name: z
					.string()
					.meta({ description: 'The name of the person, as their page gives it.', examples: ['Ihar Losik'] }),
				...personInEvent.shape,
			})
		)
		.meta(z.globalRegistry.get(exportedEventSchema.shape.people) ?? {}),
});

/** What the wave's own row shows of each list: the value a reader scans for; the long tables hold the rest. */
const KEYS = {
	id: 'eventId',
	lists: {
		conditions: 'type',
		mediators: 'name',
		foreignNationals: 'country',
		people: 'name',
		sources: 'id',
		disputes: 'about',
		corrections: 'date',
	},
} as const;

function spreadsheetEvent({ translations: _translations, peopleNames, people, ...event }: ExportedEvent) {
	return { ...event, people: people.map((person, index) => ({ ...person, name: peopleNames[index] })) };
}

/** The spreadsheet tables of the waves: `events` (one row per wave), then one long table per list, keyed by wave id. */
export function eventTables(events: readonly ExportedEvent[]): CsvTable[] {
	return recordTables(spreadsheetEventSchema, events.map(spreadsheetEvent), KEYS).map((table) => ({
		...table,
		name: table.name ? `events-${table.name}` : 'events',
	}));
}

/**
 * The spreadsheet files of the waves, as `eventTables()` orders them: each one's name (without `.csv`), the list
 * it holds (`''` for events.csv) and the columns that identify a row.
 */
export const EVENT_TABLES: readonly { name: string; list: string; keys: string[] }[] = eventTables([]).map(
	({ name, list, header }) => ({ name, list, keys: list ? header.slice(0, header.indexOf('n') + 1) : ['id'] })
);
