import { formatCount, kindLabel } from '../content/labels';
import { formatDate, formatShortDate } from '../time/format';
import type { PeriodDatum } from './aggregate';
import type { ChartItem, TimelineDatum } from './types';

type Counted = Pick<TimelineDatum, 'count' | 'precision' | 'released'>;

const countText = (d: Counted) => formatCount({ value: d.count, precision: d.precision });
const verb = (d: Counted) => (d.released === false ? 'moved to house arrest' : 'released');
const namesText = (names: readonly string[]) => (names.length ? `, incl. ${names.slice(0, 2).join(', ')}` : '');

/** The accessible name of a mark, e.g. "13 December 2025: 123 released (pardon), incl. Ales Bialiatski, Maria Kalesnikava". */
export function markLabel(d: TimelineDatum | PeriodDatum): string {
	if ('waves' in d) return `${d.title}: ${d.waves} ${d.waves === 1 ? 'wave' : 'waves'}, ${countText(d)} released`;
	return `${formatDate(d.date)}: ${countText(d)} ${verb(d)} (${kindLabel(d.kind).toLowerCase()})${namesText(d.names)}`;
}

/** The lines of an annotation: date and count, then a milestone or the best-known names. */
export function annotationLines(d: ChartItem): string[] {
	if (d.grouped) return [`${d.title}: ${countText(d)}`];
	const head = `${formatShortDate(d.date)}: ${countText(d)} ${verb(d)}`;
	const detail = d.milestone ?? (d.names.length ? `incl. ${d.names.slice(0, 2).join(', ')}` : undefined);
	return detail ? [head, detail] : [head];
}

/** The count as a short phrase, e.g. "about 18 released". */
export function countPhrase(d: Counted): string {
	return `${countText(d)} ${verb(d)}`;
}
