import { recordsToCsv } from './columns';
import { exportedEventSchema, type ExportedEvent } from './events-json';

// The CSV carries the English record; translations, keyed by field path, are in events.json.
const csvSchema = exportedEventSchema.omit({ translations: true });

/** Build /data/events.csv: one row per wave, columns in the order of `exportedEventSchema`. */
export function eventsCsv(events: readonly ExportedEvent[]): string {
	return recordsToCsv(csvSchema, events);
}
