import type { TimelinePreset } from './types';

/** The desktop chart: room for named annotations. */
export const WIDE: TimelinePreset = {
	name: 'wide',
	width: 960,
	marginLeft: 44,
	marginRight: 16,
	annotationRows: 3,
	rowHeight: 34,
	barsHeight: 210,
	heldHeight: 120,
	barWidth: 8,
	barGap: 3,
	fontSize: 12,
	xTickCount: 7,
	largestAnnotated: 3,
	annotationStyle: 'long',
};

/** The phone chart, drawn at 360 units wide so text stays legible without scaling down. */
export const COMPACT: TimelinePreset = {
	name: 'compact',
	width: 360,
	marginLeft: 34,
	marginRight: 10,
	annotationRows: 2,
	rowHeight: 18,
	barsHeight: 170,
	heldHeight: 100,
	barWidth: 3,
	barGap: 1.5,
	fontSize: 11,
	xTickCount: 5,
	largestAnnotated: 2,
	annotationStyle: 'short',
};
