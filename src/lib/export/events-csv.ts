import { recordsToCsv } from './columns';
import { exportedEventSchema, type ExportedEvent } from './events-json';

/** Build /data/events.csv: one row per wave, columns in the order of `exportedEventSchema`. */
export function eventsCsv(events: readonly ExportedEvent[]): string {
	return recordsToCsv(exportedEventSchema, events);
}
