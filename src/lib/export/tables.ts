import type { z } from 'astro/zod';
import { listFieldDocs } from '../authoring/schema-docs';
import { joinList, toCsv } from './csv';

/**
 * Spreadsheet tables of a record schema, derived from the schema so a new field is a new column: one row per
 * record for its plain values, and a long table for each list of objects (`conditions`, `disputes[].sides`),
 * one row per item keyed by the record's id and the item's place, so no two cells line up only by position.
 */

/** One column: its header, a dotted path inside its table's row (`count.value`), and that path's steps. */
export interface CsvColumn {
	name: string;
	steps: readonly string[];
}

/** One table's layout: the list it holds (`''` for the records themselves, else `disputes[].sides`) and its columns. */
export interface TablePlan {
	list: string;
	columns: CsvColumn[];
}

/** What the record-level table calls the record's id, and which field of each list it shows in a cell. */
export interface TableKeys {
	/** The header of the record id column in the long tables, e.g. `eventId`. */
	id: string;
	/** For each list of objects in the record, the field whose values the record's row lists with `; `. */
	lists: Readonly<Record<string, string>>;
}

/** A finished table: its list (`''` for the records), its name for a file (`disputes-sides`), header and rows. */
export interface CsvTable {
	list: string;
	name: string;
	header: string[];
	rows: string[][];
}

const LIST = '[].';

/** Lay out the tables of a schema: which columns belong to the records and which to each list of objects. */
export function tablePlans(schema: z.core.$ZodType): TablePlan[] {
	const paths = listFieldDocs(schema).map((field) => field.path);
	const lists = paths.filter((path) => paths.some((other) => other.startsWith(`${path}${LIST}`)));
	const isLeaf = (path: string) =>
		!paths.some((other) => other.startsWith(`${path}.`) || other.startsWith(`${path}[]`));
	const ownerOf = (path: string) =>
		lists.filter((list) => path.startsWith(`${list}${LIST}`)).reduce((a, b) => (b.length > a.length ? b : a), '');
	return ['', ...lists].map((list) => ({
		list,
		columns: paths
			.filter((path) => isLeaf(path) && ownerOf(path) === list)
			.map((path) => {
				const name = list ? path.slice(list.length + LIST.length) : path;
				return { name, steps: name.split('.') };
			}),
	}));
}

function valueAt(value: unknown, steps: readonly string[]): unknown {
	return steps.reduce<unknown>(
		(current, step) =>
			current === undefined || current === null ? undefined : (current as Record<string, unknown>)[step],
		value
	);
}

/** Write one value as cell text: a list of plain values joined with `; `, a missing value as an empty cell. */
function cellText(value: unknown): string {
	if (Array.isArray(value)) return joinList(value.map(cellText));
	if (value === undefined || value === null) return '';
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The items of a list of objects in every record, each with the places (1, 2, …) of it and its parents. */
function itemsOf(records: readonly unknown[], list: string) {
	let items = records.map((record) => ({ record, item: record, places: [] as number[] }));
	for (const segment of list.split(LIST)) {
		items = items.flatMap(({ record, item, places }) => {
			const children = valueAt(item, segment.split('.'));
			return Array.isArray(children)
				? children.map((child: unknown, index) => ({ record, item: child, places: [...places, index + 1] }))
				: [];
		});
	}
	return items;
}

/** `disputes[].sides` → `disputes-sides`, `foreignNationals` → `foreign-nationals`: a table's name in a file name. */
export function tableName(list: string): string {
	return list
		.split(LIST)
		.join('-')
		.replaceAll('.', '-')
		.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Write the tables of records: the records' own table, whose cell for each list shows that list's key field,
 * then one long table per list of objects with the record's id, the item's place `n` (and its parents' places,
 * `disputes.n`) and the item's own values.
 */
export function recordTables(
	schema: z.core.$ZodType,
	records: readonly unknown[],
	keys: TableKeys = { id: 'id', lists: {} }
): CsvTable[] {
	const plans = tablePlans(schema);
	const topLists = plans.filter(({ list }) => list !== '' && !list.includes(LIST)).map(({ list }) => list);
	return plans.map(({ list, columns }) => {
		if (list === '') {
			const listColumns = topLists.map((top) => {
				const key = keys.lists[top];
				if (key === undefined) throw new Error(`CSV tables: name the field that the records' row shows for "${top}"`);
				return { name: `${top}.${key}`, top, key };
			});
			const header = [...columns.map((column) => column.name), ...listColumns.map((column) => column.name)];
			const rows = records.map((record) => [
				...columns.map((column) => cellText(valueAt(record, column.steps))),
				...listColumns.map(({ top, key }) => cellText(itemsOf([record], top).map(({ item }) => valueAt(item, [key])))),
			]);
			return { list, name: '', header, rows };
		}
		const parents = list
			.split(LIST)
			.slice(0, -1)
			.map((_, depth, all) => `${all.slice(0, depth + 1).join('.')}.n`);
		const header = [keys.id, ...parents, 'n', ...columns.map((column) => column.name)];
		const rows = itemsOf(records, list).map(({ record, item, places }) => [
			cellText(valueAt(record, ['id'])),
			...places.map(String),
			...columns.map((column) => cellText(valueAt(item, column.steps))),
		]);
		return { list, name: tableName(list), header, rows };
	});
}

/** Write a table as CSV text: its header, then its rows. */
export function tableCsv({ header, rows }: CsvTable): string {
	return toCsv([header, ...rows]);
}

/** Write records that hold no lists of objects as one CSV table (prisoner counts, tallies). */
export function recordsToCsv(schema: z.core.$ZodType, records: readonly unknown[]): string {
	// A list of objects has no key here, so recordTables() refuses it rather than leave it out.
	return tableCsv(recordTables(schema, records)[0]!);
}
