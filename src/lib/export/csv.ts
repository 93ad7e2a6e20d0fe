/**
 * CSV as RFC 4180 writes it (quoting by d3-dsv, CRLF line ends), made safe to open in a spreadsheet.
 */
import { csvFormatRow, csvParseRows } from 'd3-dsv';

/** What a list cell joins its items with; items that could hold it go to a long table instead. */
export const LIST_SEPARATOR = '; ';

// OWASP's list of characters that make a spreadsheet read a cell as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number (a count) is data, not a formula; a negative one must stay a number.
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Neutralise a cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `@SUM`, a leading tab),
 * by the OWASP rule: prefix it with a single quote, which spreadsheets show as text and hide.
 */
export function neutraliseFormula(cell: string): string {
	return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Undo `neutraliseFormula()`, for reading a file back exactly. */
export function restoreFormula(cell: string): string {
	return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Write rows of fields as CSV text, each line ended by CRLF, every cell neutralised against formulas. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => `${csvFormatRow(row.map(neutraliseFormula))}\r\n`).join('');
}

/** Read CSV text written by `toCsv()` back into rows of the original fields. */
export function parseCsv(text: string): string[][] {
	return csvParseRows(text).map((row) => row.map(restoreFormula));
}

/**
 * Join the items of a list into one cell with `; `. Only lists of ids, codes, dates and names come here,
 * so the cell never needs an escape; an item holding `;` is a bug in the table's design, not a cell to fix.
 */
export function joinList(items: readonly string[]): string {
	const bad = items.find((item) => item.includes(';'));
	if (bad !== undefined) throw new Error(`CSV list item "${bad}" holds ";": publish this list as a long table`);
	return items.join(LIST_SEPARATOR);
}

/** Split a list cell written by `joinList()` back into its items; an empty cell is an empty list. */
export function splitList(cell: string): string[] {
	return cell === '' ? [] : cell.split(LIST_SEPARATOR);
}
