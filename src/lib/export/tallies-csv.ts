import { tallySchema, type TallyData } from '../content/schema';
import { recordsToCsv } from './tables';

/** Build /data/tallies.csv: one row per cumulative tally, in the given order, columns in schema order. */
export function talliesCsv(tallies: readonly TallyData[]): string {
	return recordsToCsv(tallySchema, tallies);
}
