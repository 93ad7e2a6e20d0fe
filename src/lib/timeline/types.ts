import type { EventKind } from '../content/schema';

/** One wave as the timeline needs it: plain data, no collection entry. */
export interface TimelineDatum {
	id: string;
	title: string;
	/** `YYYY-MM-DD`. */
	date: string;
	count: number;
	precision: 'exact' | 'approximate' | 'at-least';
	/** Recognised political prisoners among them, when a source gives it. */
	politicalPrisoners?: number | undefined;
	kind: EventKind;
	/** False when the entry only moved people to house arrest, which is not a release. */
	released?: boolean | undefined;
	/** Names of the best-known people freed, most notable first. */
	names: string[];
	summary: string;
	/** A short note that marks the wave as a turning point on the chart. */
	milestone?: string | undefined;
}

/** One point of the series of political prisoners held. */
export interface HeldDatum {
	/** `YYYY-MM-DD`. */
	date: string;
	value: number;
	approximate: boolean;
}

/** The geometry of one chart size, in SVG user units. */
export interface TimelinePreset {
	name: 'wide' | 'compact';
	width: number;
	marginLeft: number;
	marginRight: number;
	/** Rows of annotation text above the bars. */
	annotationRows: number;
	rowHeight: number;
	barsHeight: number;
	heldHeight: number;
	barWidth: number;
	barGap: number;
	fontSize: number;
	xTickCount: number;
	/** How many waves get an annotation, largest first (milestones come on top of these). */
	largestAnnotated: number;
	/** Long annotations name people; short ones give only date and count. */
	annotationStyle: 'long' | 'short';
}

/** A bar for one wave, or for several waves aggregated into one period. */
export interface TimelineMark {
	id: string;
	href: string;
	/** Accessible name, e.g. "13 December 2025: 123 released (pardon), incl. Ales Bialiatski". */
	label: string;
	summary: string;
	/** Centre of the bar, after nudging apart waves that would overlap. */
	x: number;
	/** Where the date really falls on the axis. */
	dateX: number;
	y: number;
	height: number;
	/** Height of the recognised-political-prisoner part, from the baseline; absent when unknown. */
	ppHeight?: number | undefined;
	kind: EventKind | 'mixed';
	precise: boolean;
	title: string;
	date: string;
	count: number;
	precision: TimelineDatum['precision'];
	politicalPrisoners?: number | undefined;
	/** Number of waves in an aggregated mark; 1 for a single wave. */
	waves: number;
}

/** A text label with a leader line to its mark. */
export interface TimelineAnnotation {
	id: string;
	/** x of the leader line (the mark's centre). */
	x: number;
	/** x where the text starts or ends, depending on `anchor`. */
	textX: number;
	anchor: 'start' | 'end';
	/** Baseline of the first line. */
	y: number;
	lines: string[];
	box: Box;
	leaderTop: number;
	leaderBottom: number;
}

/** An axis-aligned rectangle. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** A tick on an axis. */
export interface TimelineTick {
	value: number;
	label: string;
	/** Position along the axis (x for time, y for counts). */
	at: number;
}

/** The panel of political prisoners held, on the same time axis. */
export interface HeldPanel {
	top: number;
	bottom: number;
	path: string;
	points: { x: number; y: number; date: string; value: number; approximate: boolean }[];
	ticks: TimelineTick[];
}

/** Everything needed to draw the chart, in SVG user units, rounded. */
export interface TimelineLayout {
	preset: TimelinePreset['name'];
	width: number;
	height: number;
	/** `YYYY-MM-DD` start and end of the time axis. */
	domain: [string, string];
	plotLeft: number;
	plotRight: number;
	barWidth: number;
	barsTop: number;
	baseline: number;
	marks: TimelineMark[];
	/** True when waves were grouped into periods to stay readable. */
	aggregated: 'none' | 'month' | 'year';
	annotations: TimelineAnnotation[];
	xTicks: TimelineTick[];
	yTicks: TimelineTick[];
	held: HeldPanel | undefined;
}
