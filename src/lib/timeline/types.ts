import type { CountPrecision, EventKind } from '../content/vocabulary';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../../i18n/en';

/** The chart's own strings: those the drawing needs, in the browser as at build time. */
export const DRAWING_KEYS = [
	'title',
	'titleSpan',
	'status',
	'empty',
	'emptyHint',
	'markWave',
	'markNames',
	'markPeriod',
	'annotationHead',
	'including',
	'andMore',
	'olderWaves',
	'heldPreview',
	'heldAxis',
	'dateAxis',
	'legend',
	'legendDashed',
	'legendInner',
	'legendLine',
	'open',
	'loadFailed',
	'subtitle',
	'source',
	'sourceLine',
	'credit',
	'frameAsOf',
] as const satisfies readonly (keyof Messages['chart'])[];

/** The part of a dictionary the chart needs: the build passes a whole one, the page gives the browser only this. */
export type ChartMessages = Pick<Messages, 'words' | 'precisions' | 'kinds' | 'mixedKinds' | 'dates' | 'counts'> & {
	chart: Pick<Messages['chart'], (typeof DRAWING_KEYS)[number]>;
};

/** The language the chart is drawn in, with its words. */
export type ChartLocale = Locale<ChartMessages>;

/** One wave as the timeline needs it: plain data, no collection entry. */
export interface TimelineDatum {
	id: string;
	title: string;
	/** `YYYY-MM-DD`. */
	date: string;
	count: number;
	precision: CountPrecision;
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

/** The geometry of the time chart (wider screens), in CSS pixels; x positions are laid out at `refWidth`. */
export interface SwarmPreset {
	/** The narrowest width the chart is drawn at; wider charts only spread marks further apart. */
	refWidth: number;
	/** Plot edges as percentages of the width. */
	leftPct: number;
	rightPct: number;
	fontSize: number;
	/** Radius of the largest wave; smaller waves by area, down to `minRadius`. */
	maxRadius: number;
	minRadius: number;
	/** Every wave keeps a disc of this diameter free of other waves: the pointer target (WCAG 2.5.8). */
	target: number;
	annotationRows: number;
	rowHeight: number;
	largestAnnotated: number;
	heldHeight: number;
	/** At most this many marks; more waves are grouped by month, then by year. */
	maxMarks: number;
}

/** The geometry of the row view (phones): one row per wave, newest first. */
export interface RowsPreset {
	/** At most this many rows; older waves are reached through the list. */
	maxRows: number;
}

/** A wave, or several waves grouped into one period, as the chart draws it. */
export interface ChartItem {
	id: string;
	href: string;
	/** Accessible name, e.g. "13 December 2025: 123 released (negotiated release), incl. Ales Bialiatski". */
	label: string;
	summary: string;
	title: string;
	date: string;
	count: number;
	precision: TimelineDatum['precision'];
	politicalPrisoners?: number | undefined;
	kind: EventKind | 'mixed';
	released: boolean;
	names: string[];
	milestone?: string | undefined;
	/** True when the item stands for the waves of a month or a year. */
	grouped: boolean;
	/** Number of waves in the item; 1 for a single wave. */
	waves: number;
	/** The latest count of political prisoners held on or before the item's date. */
	heldBefore?: HeldDatum | undefined;
}

/** A mark of the time chart: an item at its date. */
export interface SwarmMark extends ChartItem {
	/** Centre, x as a percentage of the width, so the chart stretches without scaling its text. */
	xPct: number;
	/** Centre, y in pixels. */
	y: number;
	r: number;
	/** Radius of the inner shape for recognised political prisoners; absent when unknown. */
	ppR?: number | undefined;
}

/** A text label with a leader line to its mark, x in percentages. */
export interface SwarmAnnotation {
	id: string;
	xPct: number;
	textXPct: number;
	anchor: 'start' | 'end';
	y: number;
	lines: string[];
	leaderTop: number;
	leaderBottom: number;
}

/** A tick on the time axis. */
export interface TimeTick {
	label: string;
	xPct: number;
}

/** A tick on a value axis. */
export interface ValueTick {
	label: string;
	y: number;
}

/** The panel of political prisoners held, on the same time axis. */
export interface HeldPanel {
	top: number;
	bottom: number;
	points: { xPct: number; y: number; date: string; value: number; approximate: boolean }[];
	ticks: ValueTick[];
}

/** Everything needed to draw the time chart: x in percentages, y in pixels, rounded. */
export interface SwarmLayout {
	height: number;
	/** `YYYY-MM-DD` start and end of the time axis. */
	domain: [string, string];
	leftPct: number;
	rightPct: number;
	fontSize: number;
	baseline: number;
	marks: SwarmMark[];
	grouped: 'none' | 'month' | 'year';
	annotations: SwarmAnnotation[];
	ticks: TimeTick[];
	held: HeldPanel | undefined;
}

/** One row of the row view. */
export interface ChartRow extends ChartItem {
	/** Bar length as a percentage of the widest bar's track. */
	barPct: number;
	ppPct?: number | undefined;
	/** True on the first row of a new year, which the view labels. */
	yearStart: boolean;
}

/** Everything needed to draw the row view. */
export interface RowsLayout {
	rows: ChartRow[];
	/** Items that match but did not fit, reached through the full list. */
	more: number;
	grouped: 'none' | 'month' | 'year';
}
