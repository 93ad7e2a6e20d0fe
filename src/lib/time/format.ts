import { formatDateIn } from '../i18n/format';

/** Format `YYYY-MM-DD` for readers, e.g. `13 December 2025`. */
export function formatDate(iso: string): string {
	return formatDateIn('en', iso);
}

/** Format `YYYY-MM-DD` compactly, e.g. `13 Dec 2025`. */
export function formatShortDate(iso: string): string {
	return formatDateIn('en', iso, 'short');
}

/** Format a span of days, e.g. `16–21 August 2024`; a single day when `end` is absent or equal. */
export function formatDateRange(start: string, end?: string, endApproximate = false): string {
	if (!end || end === start) return formatDate(start);
	// A roughly known last day reads "16 to about 21 August 2024": "about" cannot sit inside a dash range.
	if (endApproximate) return `${formatDate(start)} to about ${formatDate(end)}`;
	const [sy, sm] = start.split('-');
	const [ey, em] = end.split('-');
	if (sy === ey && sm === em) return `${Number(start.slice(8))}–${formatDate(end)}`;
	if (sy === ey) return `${formatDate(start).replace(` ${sy}`, '')} – ${formatDate(end)}`;
	return `${formatDate(start)} – ${formatDate(end)}`;
}

/** Format a year, month or day (`2020`, `2024-07`, `2025-12-13`): `2020`, `July 2024`, `13 December 2025`. */
export function formatPartialDate(value: string): string {
	if (value.length === 4) return value;
	if (value.length === 7) return formatDateIn('en', `${value}-01`, 'month-year');
	return formatDate(value);
}
