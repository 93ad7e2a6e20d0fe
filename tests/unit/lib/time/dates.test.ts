import { describe, expect, it } from 'vitest';
import { isoDate, utcDate, yearsOf } from '../../../../src/lib/time/dates';

describe('utcDate()', () => {
	it('reads YYYY-MM-DD as UTC midnight whatever the zone', () => {
		expect(utcDate('2025-12-13').toISOString()).toBe('2025-12-13T00:00:00.000Z');
		expect(utcDate('2025-03-30').toISOString()).toBe('2025-03-30T00:00:00.000Z');
		expect(isoDate(utcDate('2024-02-29'))).toBe('2024-02-29');
	});
});

describe('yearsOf()', () => {
	it('lists the distinct years of dates, oldest first', () => {
		expect(yearsOf(['2025-12-13', '2020-10-11', '2025-01-18'])).toEqual(['2020', '2025']);
	});
});
