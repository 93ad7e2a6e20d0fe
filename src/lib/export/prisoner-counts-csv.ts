import { prisonerCountSchema, type PrisonerCountData } from '../content/schema';
import { recordsToCsv } from './tables';

/** Build /data/prisoner-counts.csv: one row per point, in the given order, columns in schema order. */
export function prisonerCountsCsv(points: readonly PrisonerCountData[]): string {
	return recordsToCsv(prisonerCountSchema, points);
}
