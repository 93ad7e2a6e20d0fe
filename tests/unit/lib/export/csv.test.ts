import { describe, expect, it } from 'vitest';
import { joinList, neutraliseFormula, parseCsv, splitList, toCsv } from '../../../../src/lib/export/csv';

describe('toCsv()', () => {
	it('ends every line with CRLF and quotes as RFC 4180 says', () => {
		expect(
			toCsv([
				['a', 'b, c'],
				['say "hi"', ''],
			])
		).toBe('a,"b, c"\r\n"say ""hi""",\r\n');
	});
});

describe('formula injection', () => {
	it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', "=1;'"])(
		'writes %j so that a spreadsheet shows it as text',
		(cell) => {
			const written = neutraliseFormula(cell);
			expect(written.startsWith("'")).toBe(true);
			expect(parseCsv(toCsv([[cell]]))).toEqual([[cell]]);
			expect(toCsv([[cell]])).not.toMatch(/^"?[=+\-@\t\r]/);
		}
	);

	it.each(['52', '-3', '0.5', 'plain', "'quoted already", '', '2025-12-13'])('leaves %j as it is', (cell) => {
		expect(neutraliseFormula(cell)).toBe(cell);
		expect(parseCsv(toCsv([[cell, 'x']]))).toEqual([[cell, 'x']]);
	});
});

describe('parseCsv()', () => {
	it('reads back exactly what toCsv() wrote, however awkward the fields', () => {
		const rows = [
			['id', 'note', 'empty'],
			['a,b', 'line one\r\nline two', ''],
			['"quoted"', 'semi; colon', '=cmd'],
		];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});
});

describe('joinList() and splitList()', () => {
	it('joins with "; " and splits back into the same items', () => {
		const items = ['LT', 'PL', 'kyiv-independent'];
		expect(joinList(items)).toBe('LT; PL; kyiv-independent');
		expect(splitList(joinList(items))).toEqual(items);
		expect(joinList([])).toBe('');
		expect(splitList('')).toEqual([]);
	});

	it('refuses an item that holds a semicolon, which would need an escape', () => {
		expect(() => joinList(['a', 'b; c'])).toThrow('long table');
	});
});
