/** Round to 2 decimals, so output is stable and small (as d3-shape and Plot do). */
export function round(value: number): number {
	return Math.round(value * 100) / 100;
}
