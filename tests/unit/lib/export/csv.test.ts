import { describe, expect, it } from 'vitest';
import { csvField, joinList, parseCsv, splitList, toCsv } from '../../../../src/lib/export/csv';

describe('csvField()', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['', ''],
	])('writes %j as %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('toCsv()', () => {
	it('ends every line with CRLF, as RFC 4180 says', () => {
		expect(
			toCsv([
				['a', 'b'],
				['1', ''],
			])
		).toBe('a,b\r\n1,\r\n');
	});
});

describe('parseCsv()', () => {
	it('reads back exactly what toCsv() wrote, however awkward the fields', () => {
		const rows = [
			['id', 'note', 'empty'],
			['x', 'Quotes "inside", commas, and\r\na line break', ''],
			['', ';\\', 'Мария Колесникова'],
		];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});

	it('accepts bare LF line ends and a last line without one', () => {
		expect(parseCsv('a,b\n1,2')).toEqual([
			['a', 'b'],
			['1', '2'],
		]);
	});

	it('fails on a quoted field that never closes', () => {
		expect(() => parseCsv('a,"b\r\n')).toThrow('quoted field');
	});
});

describe('joinList() and splitList()', () => {
	it('join items with ; and split them back, escaping ; and \\ inside items', () => {
		const items = ['UA', 'Official figure; confirmed', 'back\\slash', ''];
		const cell = joinList(items);
		expect(cell).toBe('UA;Official figure\\; confirmed;back\\\\slash;');
		expect(splitList(cell)).toEqual(items);
	});

	it('treat an empty cell as an empty list', () => {
		expect(joinList([])).toBe('');
		expect(splitList('')).toEqual([]);
	});
});
