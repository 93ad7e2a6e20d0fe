import { formatCount } from '../format/labels';
import { fill } from '../i18n/locale';
import type { PeriodDatum } from './aggregate';
import type { ChartItem, ChartLocale, TimelineDatum } from './types';

type Counted = Pick<TimelineDatum, 'count' | 'precision' | 'released'>;

const countText = (loc: ChartLocale, d: Counted) => formatCount(loc, { value: d.count, precision: d.precision });
const verb = (loc: ChartLocale, d: Counted) =>
	d.released === false ? loc.t.counts.houseArrestShort : loc.t.counts.released;
const names = (list: readonly string[]) => list.slice(0, 2).join(', ');

/** The accessible name of a mark, e.g. "13 December 2025: 123 released (pardon), incl. Ales Bialiatski, Maria Kalesnikava". */
export function markLabel(loc: ChartLocale, d: TimelineDatum | PeriodDatum): string {
	const { chart } = loc.t;
	if ('waves' in d)
		return fill(chart.markPeriod, {
			title: d.title,
			waves: loc.count(d.waves, loc.t.words.waves),
			count: countText(loc, d),
		});
	const label = fill(chart.markWave, {
		date: loc.date(d.date),
		count: countText(loc, d),
		verb: verb(loc, d),
		kind: loc.t.kinds[d.kind].toLowerCase(),
	});
	return d.names.length ? fill(chart.markNames, { label, names: names(d.names) }) : label;
}

/** The lines of an annotation: date and count, then a milestone or the best-known names. */
export function annotationLines(loc: ChartLocale, d: ChartItem): string[] {
	if (d.grouped) return [`${d.title}: ${countText(loc, d)}`];
	const head = fill(loc.t.chart.annotationHead, {
		date: loc.date(d.date, 'short'),
		count: countText(loc, d),
		verb: verb(loc, d),
	});
	const detail = d.milestone ?? (d.names.length ? fill(loc.t.chart.including, { names: names(d.names) }) : undefined);
	return detail ? [head, detail] : [head];
}

/** The count as a short phrase, e.g. "about 18 released". */
export function countPhrase(loc: ChartLocale, d: Counted): string {
	return `${countText(loc, d)} ${verb(loc, d)}`;
}
