import { utcTicks, utcYear } from 'd3-time';
import { formatDateIn } from '../i18n/format';
import type { Language } from '../i18n/languages';
import { round } from './round';
/** A tick on the time axis, at a position in the scale's range. */
export interface TimelineTick {
	value: number;
	label: string;
	at: number;
}

/** A linear map from UTC time to x, with its inverse. */
export interface TimeScale {
	(date: Date): number;
	invert(x: number): Date;
	domain: [Date, Date];
}

/** Map [start, end] onto [left, right]; a zero-length domain maps to the middle. */
export function createTimeScale([start, end]: [Date, Date], [left, right]: [number, number]): TimeScale {
	const t0 = start.getTime();
	const span = end.getTime() - t0;
	const scale = ((date: Date) =>
		span === 0 ? (left + right) / 2 : left + ((date.getTime() - t0) / span) * (right - left)) as TimeScale;
	scale.invert = (x) => new Date(t0 + ((x - left) / (right - left)) * span);
	scale.domain = [start, end];
	return scale;
}

const yearFormat = (date: Date) => String(date.getUTCFullYear());

/** Label ticks by the coarsest unit that tells them apart: years, then months (years at January), then days. */
function labelTick(date: Date, all: Date[], lang: Language): string {
	if (all.every((d) => +utcYear.floor(d) === +d)) return yearFormat(date);
	if (all.every((d) => d.getUTCDate() === 1))
		return date.getUTCMonth() === 0 ? yearFormat(date) : formatDateIn(lang, date, 'month');
	return formatDateIn(lang, date, 'day-month');
}

/** UTC ticks for the scale's domain, about `count` of them, labelled. */
export function timeTicks(scale: TimeScale, count: number, lang: Language): TimelineTick[] {
	const [start, end] = scale.domain;
	const dates = utcTicks(start, end, count);
	return dates.map((date) => ({ value: date.getTime(), label: labelTick(date, dates, lang), at: round(scale(date)) }));
}
