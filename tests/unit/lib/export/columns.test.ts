import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { csvColumns, recordsToCsv } from '../../../../src/lib/export/columns';
import { parseCsv, splitList } from '../../../../src/lib/export/csv';

const schema = z.object({
	name: z.string(),
	count: z.object({ value: z.number(), precision: z.string() }),
	exact: z.boolean(),
	tags: z.array(z.string()),
	places: z.array(z.object({ to: z.string().optional(), note: z.string() })),
	note: z.string().optional(),
});

describe('csvColumns()', () => {
	it('gives one column per plain value in schema order, nested objects and lists as dotted names', () => {
		expect(csvColumns(schema).map((c) => c.name)).toEqual([
			'name',
			'count.value',
			'count.precision',
			'exact',
			'tags',
			'places.to',
			'places.note',
			'note',
		]);
	});

	it('adds a column for a new schema field without other changes', () => {
		const extended = schema.extend({ milestone: z.string().optional() });
		expect(csvColumns(extended).map((c) => c.name)).toContain('milestone');
	});
});

describe('recordsToCsv()', () => {
	const record = {
		name: 'Wave, first',
		count: { value: 52, precision: 'exact' },
		exact: false,
		tags: ['a', 'b'],
		places: [{ note: 'one; two' }, { to: 'LT', note: 'three' }],
	};

	it('writes a header and one row per record, lists joined with ; and missing values empty', () => {
		const [header, row] = parseCsv(recordsToCsv(schema, [record]));
		const cell = (name: string) => row![header!.indexOf(name)];
		expect(cell('name')).toBe('Wave, first');
		expect(cell('count.value')).toBe('52');
		expect(cell('exact')).toBe('false');
		expect(splitList(cell('tags')!)).toEqual(['a', 'b']);
		expect(splitList(cell('places.note')!)).toEqual(['one; two', 'three']);
		// The lists of one field line up: the first place has no `to`.
		expect(splitList(cell('places.to')!)).toEqual(['', 'LT']);
		expect(cell('note')).toBe('');
	});

	it('keeps a list inside a list item as one item, so its column lines up with the others', () => {
		const nested = z.object({ sides: z.array(z.object({ says: z.string(), cite: z.array(z.string()) })) });
		const [header, row] = parseCsv(
			recordsToCsv(nested, [
				{
					sides: [
						{ says: 'two', cite: ['a', 'b'] },
						{ says: 'three', cite: ['c'] },
					],
				},
			])
		);
		expect(header).toEqual(['sides.says', 'sides.cite']);
		expect(splitList(row![0]!)).toEqual(['two', 'three']);
		const cites = splitList(row![1]!);
		expect(cites).toHaveLength(2);
		expect(cites.map(splitList)).toEqual([['a', 'b'], ['c']]);
	});
});
