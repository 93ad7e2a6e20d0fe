import { describe, expect, it } from 'vitest';
import { chartItems } from '../../../../src/lib/timeline/items';
import { layoutRows } from '../../../../src/lib/timeline/rows';
import { localeOf } from '../../../../src/i18n';
import { HELD, SMALL } from '../../../fixtures/timeline';

describe('layoutRows()', () => {
	const items = chartItems(SMALL, HELD, 'none', '/', localeOf('en'));

	it('lists waves newest first, marking the first row of each year', () => {
		const { rows } = layoutRows(items, { maxRows: 10 });
		expect(rows.map((r) => [r.id, r.yearStart])).toEqual([
			['2025-12-13-d', true],
			['2025-09-11-c', false],
			['2024-07-02-b', true],
			['2020-10-11-a', true],
		]);
	});

	it('draws bar lengths on one linear scale, the largest wave at full length', () => {
		const { rows } = layoutRows(items, { maxRows: 10 });
		expect(rows.map((r) => r.barPct)).toEqual([100, 42.28, 14.63, 5.69]);
		expect(rows.find((r) => r.id === '2020-10-11-a')?.ppPct).toBe(5.69);
	});

	it('keeps the newest rows and counts the rest for the link to the full list', () => {
		const layout = layoutRows(items, { maxRows: 2 });
		expect(layout.rows.map((r) => r.id)).toEqual(['2025-12-13-d', '2025-09-11-c']);
		expect(layout.more).toBe(2);
	});

	it('gives each row the latest count of prisoners held before it', () => {
		const { rows } = layoutRows(items, { maxRows: 10 });
		expect(rows.find((r) => r.id === '2024-07-02-b')?.heldBefore).toEqual(HELD[1]);
		expect(rows.find((r) => r.id === '2020-10-11-a')?.heldBefore).toEqual(HELD[0]);
	});
});
