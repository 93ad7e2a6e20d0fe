/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a double quote or a line break, with double quotes doubled inside.
 */

const NEEDS_QUOTES = /[",\r\n]/;
const LIST_SEPARATOR = ';';

/** Quote one field when RFC 4180 requires it. */
export function csvField(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Write rows of fields as CSV text, each line ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** Read CSV text back into rows of fields (RFC 4180; a bare LF also ends a line). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const char = text.charAt(i);
		if (quoted) {
			if (char !== '"') field += char;
			else if (text.charAt(i + 1) === '"') field += text.charAt(++i);
			else quoted = false;
		} else if (char === '"') quoted = true;
		else if (char === ',') endField();
		else if (char === '\r' || char === '\n') {
			if (char === '\r' && text.charAt(i + 1) === '\n') i++;
			endField();
			rows.push(row);
			row = [];
		} else field += char;
	}
	if (quoted) throw new Error('CSV ends inside a quoted field');
	if (field !== '' || row.length > 0) {
		endField();
		rows.push(row);
	}
	return rows;
}

/**
 * Join the items of a list field into one cell with `;`. A `;` or `\` inside an item is escaped
 * with a backslash, because free-text notes contain semicolons and the list must split back exactly.
 */
export function joinList(items: readonly string[]): string {
	return items.map((item) => item.replace(/[\\;]/g, '\\$&')).join(LIST_SEPARATOR);
}

/** Split a list cell written by `joinList()` back into its items; an empty cell is an empty list. */
export function splitList(cell: string): string[] {
	if (cell === '') return [];
	const items: string[] = [];
	let item = '';
	for (let i = 0; i < cell.length; i++) {
		const char = cell.charAt(i);
		if (char === '\\' && i + 1 < cell.length) item += cell.charAt(++i);
		else if (char === LIST_SEPARATOR) {
			items.push(item);
			item = '';
		} else item += char;
	}
	return [...items, item];
}
