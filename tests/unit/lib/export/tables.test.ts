import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseCsv, splitList } from '../../../../src/lib/export/csv';
import { recordTables, recordsToCsv, tableCsv, tableName, tablePlans } from '../../../../src/lib/export/tables';

const schema = z.object({
	id: z.string(),
	count: z.object({ value: z.number(), precision: z.string() }),
	tags: z.array(z.string()),
	places: z.array(z.object({ to: z.string().optional(), note: z.string(), cite: z.array(z.string()) })),
	disputes: z.array(z.object({ about: z.string(), sides: z.array(z.object({ says: z.string() })) })),
	note: z.string().optional(),
});
const keys = { id: 'recordId', lists: { places: 'to', disputes: 'about' } };
const record = {
	id: 'w1',
	count: { value: 52, precision: 'exact' },
	tags: ['a', 'b'],
	places: [
		{ note: 'one; two', cite: ['x'] },
		{ to: 'LT', note: '=three', cite: ['x', 'y'] },
	],
	disputes: [{ about: 'count', sides: [{ says: 'BelTA: 52' }, { says: 'Viasna: 50' }] }],
};

describe('tablePlans()', () => {
	it("gives the records' plain values, then one table per list of objects, each with its own columns", () => {
		expect(tablePlans(schema).map(({ list, columns }) => [list, columns.map((c) => c.name)])).toEqual([
			['', ['id', 'count.value', 'count.precision', 'tags', 'note']],
			['places', ['to', 'note', 'cite']],
			['disputes', ['about']],
			['disputes[].sides', ['says']],
		]);
	});

	it('adds a column for a new schema field without other changes', () => {
		const plans = tablePlans(schema.extend({ milestone: z.string().optional() }));
		expect(plans[0]!.columns.map((c) => c.name)).toContain('milestone');
	});
});

describe('recordTables()', () => {
	const tables = recordTables(schema, [record], keys);
	const read = (name: string) => {
		const [header, ...rows] = parseCsv(tableCsv(tables.find((t) => t.name === name)!));
		return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
	};

	it("writes the records' row with each list's key values and no free text from the lists", () => {
		const [row] = read('');
		expect(row).toEqual({
			id: 'w1',
			'count.value': '52',
			'count.precision': 'exact',
			tags: 'a; b',
			note: '',
			'places.to': '; LT',
			'disputes.about': 'count',
		});
	});

	it("writes a long table per list, each row keyed by the record's id and its place, free text intact", () => {
		expect(read('places')).toEqual([
			{ recordId: 'w1', n: '1', to: '', note: 'one; two', cite: 'x' },
			{ recordId: 'w1', n: '2', to: 'LT', note: '=three', cite: 'x; y' },
		]);
		expect(splitList(read('places')[1]!['cite']!)).toEqual(['x', 'y']);
		expect(read('disputes-sides')).toEqual([
			{ recordId: 'w1', 'disputes.n': '1', n: '1', says: 'BelTA: 52' },
			{ recordId: 'w1', 'disputes.n': '1', n: '2', says: 'Viasna: 50' },
		]);
	});

	it('neutralises a text cell that a spreadsheet would run as a formula', () => {
		expect(tableCsv(tables.find((t) => t.name === 'places')!)).toContain(",'=three,");
	});

	it('refuses a list without a key for the records row, so a new list cannot be left out silently', () => {
		expect(() => recordTables(schema, [record], { id: 'recordId', lists: { places: 'to' } })).toThrow('"disputes"');
	});
});

describe('tableName() and recordsToCsv()', () => {
	it('names tables for files', () => {
		expect(tableName('foreignNationals')).toBe('foreign-nationals');
		expect(tableName('disputes[].sides')).toBe('disputes-sides');
	});

	it('writes records without lists of objects as one table, and refuses records with them', () => {
		const flat = z.object({ date: z.string(), count: z.object({ value: z.number() }) });
		expect(parseCsv(recordsToCsv(flat, [{ date: '2025-01-01', count: { value: 3 } }]))).toEqual([
			['date', 'count.value'],
			['2025-01-01', '3'],
		]);
		expect(() => recordsToCsv(schema, [record])).toThrow('name the field');
	});
});
