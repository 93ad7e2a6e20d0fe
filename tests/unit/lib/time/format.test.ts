import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatPartialDate } from '../../../../src/lib/time/format';
import { utcDate, yearsOf } from '../../../../src/lib/time/dates';
import { formatCount } from '../../../../src/lib/content/labels';

describe('dates and labels', () => {
	it('reads YYYY-MM-DD as UTC midnight whatever the zone', () => {
		expect(utcDate('2025-12-13').toISOString()).toBe('2025-12-13T00:00:00.000Z');
		expect(formatDate('2025-03-30')).toBe('30 March 2025');
	});

	it.each([
		['2024-08-16', undefined, '16 August 2024'],
		['2024-08-16', '2024-08-21', '16–21 August 2024'],
		['2024-11-28', '2024-12-02', '28 November – 2 December 2024'],
		['2024-12-30', '2025-01-02', '30 December 2024 – 2 January 2025'],
	])('formats %s to %s', (start, end, expected) => {
		expect(formatDateRange(start, end)).toBe(expected);
	});

	it.each([
		['2020', '2020'],
		['2024-07', 'July 2024'],
		['2024-01', 'January 2024'],
		['2025-12', 'December 2025'],
		['2025-12-13', '13 December 2025'],
		['2025-01-01', '1 January 2025'],
	])('formats the partial date %s as %s, whatever the time zone', (value, expected) => {
		expect(formatPartialDate(value)).toBe(expected);
	});

	it('lists the distinct years of dates, oldest first', () => {
		expect(yearsOf(['2025-12-13', '2020-10-11', '2025-01-18'])).toEqual(['2020', '2025']);
	});

	it('writes counts with their precision', () => {
		expect(formatCount({ value: 1600, precision: 'approximate' })).toBe('about 1,600');
		expect(formatCount({ value: 18, precision: 'at-least' })).toBe('at least 18');
		expect(formatCount({ value: 123, precision: 'exact' })).toBe('123');
	});
});

describe('formatDateRange() with a roughly known end', () => {
	it('says "to about" instead of drawing a dash range', () => {
		expect(formatDateRange('2024-08-16', '2024-08-21', true)).toBe('16 August 2024 to about 21 August 2024');
		expect(formatDateRange('2024-08-16', '2024-08-21')).toBe('16–21 August 2024');
	});
});
