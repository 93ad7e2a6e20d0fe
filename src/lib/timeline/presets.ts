import type { RowsPreset, SwarmPreset } from './types';

/** The time chart, for containers from 600 px; every size is in CSS pixels at any width. */
export const SWARM: SwarmPreset = {
	refWidth: 600,
	leftPct: 2,
	rightPct: 95,
	fontSize: 13,
	maxRadius: 26,
	minRadius: 5,
	target: 24,
	annotationRows: 3,
	rowHeight: 36,
	largestAnnotated: 3,
	heldHeight: 90,
	maxMarks: 120,
};

/** The row view, for phones and narrow containers. */
export const ROWS: RowsPreset = {
	maxRows: 40,
};

/** Below this container width the row view replaces the time chart (the CSS container query uses the same). */
export const ROWS_BELOW_PX = 600;
