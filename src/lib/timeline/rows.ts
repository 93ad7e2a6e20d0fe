import { round } from './round';
import type { ChartItem, RowsLayout, RowsPreset } from './types';

/**
 * Lay out the row view: newest first, one full-width row per item, the bar's length by the people
 * released (a linear scale shared by all rows), the first row of each year marked for its label.
 */
export function layoutRows(items: readonly ChartItem[], preset: RowsPreset): RowsLayout {
	const newest = items.toSorted((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
	const shown = newest.slice(0, preset.maxRows);
	const largest = Math.max(1, ...shown.map((d) => d.count));
	return {
		rows: shown.map((d, i) => ({
			...d,
			barPct: round(Math.max(0.5, (d.count / largest) * 100)),
			ppPct:
				d.politicalPrisoners === undefined
					? undefined
					: round((Math.min(d.politicalPrisoners, d.count) / largest) * 100),
			yearStart: i === 0 || shown[i - 1]!.date.slice(0, 4) !== d.date.slice(0, 4),
		})),
		more: newest.length - shown.length,
		grouped: 'none',
	};
}
