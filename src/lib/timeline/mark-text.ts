import { formatCount, kindLabel } from '../content/labels';
import { formatDate, formatShortDate } from '../time/format';
import type { PeriodDatum } from './aggregate';
import type { TimelineDatum, TimelinePreset } from './types';

const countText = (d: TimelineDatum) => formatCount({ value: d.count, precision: d.precision });
const verb = (d: TimelineDatum | PeriodDatum) =>
	'released' in d && d.released === false ? 'moved to house arrest' : 'released';
const namesText = (d: TimelineDatum) => (d.names.length ? `, incl. ${d.names.slice(0, 2).join(', ')}` : '');

/** The accessible name of a mark, e.g. "13 December 2025: 123 released (pardon), incl. Ales Bialiatski, Maria Kalesnikava". */
export function markLabel(d: TimelineDatum | PeriodDatum): string {
	if ('waves' in d) return `${d.title}: ${d.waves} waves, ${countText(d)} released`;
	return `${formatDate(d.date)}: ${countText(d)} ${verb(d)} (${kindLabel(d.kind).toLowerCase()})${namesText(d)}`;
}

/** The lines of an annotation: date and count, then a milestone or the best-known names (long style only). */
export function annotationLines(d: TimelineDatum | PeriodDatum, style: TimelinePreset['annotationStyle']): string[] {
	const head = 'waves' in d ? `${d.title}: ${countText(d)}` : `${formatShortDate(d.date)}: ${countText(d)}`;
	if (style === 'short' || 'waves' in d) return [head];
	const detail = d.milestone ?? (d.names.length ? `incl. ${d.names.slice(0, 2).join(', ')}` : undefined);
	return detail ? [`${head} ${verb(d)}`, detail] : [`${head} ${verb(d)}`];
}
