import type { z } from 'astro/zod';
import { listFieldDocs } from '../content/schema-docs';
import { joinList, toCsv } from './csv';

/** One CSV column: its header (a dotted path) and the schema path it reads (`[]` steps into a list). */
export interface CsvColumn {
	name: string;
	path: string;
}

/**
 * List the CSV columns of a schema in schema order: one per field that holds a plain value or a
 * list of plain values, named by its dotted path without `[]` (`conditions.to`). Nested objects
 * become dotted columns, so a new schema field becomes a new column without any other change.
 */
export function csvColumns(schema: z.core.$ZodType): CsvColumn[] {
	const paths = listFieldDocs(schema).map((field) => field.path);
	const isLeaf = (path: string) =>
		!paths.some((other) => other.startsWith(`${path}.`) || other.startsWith(`${path}[]`));
	return paths.filter(isLeaf).map((path) => ({ name: path.replaceAll('[]', ''), path }));
}

/**
 * Read the value at a schema path; under a list it is a list with one entry per item, so a list
 * inside a list item (`conditions[].cite`) stays one entry of that item and the columns line up.
 */
function valueAt(value: unknown, steps: readonly string[]): unknown {
	const [step, ...rest] = steps;
	if (step === undefined || value === undefined || value === null) return value;
	const inList = step.endsWith('[]');
	const child = (value as Record<string, unknown>)[inList ? step.slice(0, -2) : step];
	if (!inList) return valueAt(child, rest);
	return Array.isArray(child) ? child.map((item) => valueAt(item, rest)) : undefined;
}

/** Write one value as cell text: lists joined with `;`, a missing value as an empty cell. */
function cellText(value: unknown): string {
	if (Array.isArray(value)) return joinList(value.map(cellText));
	if (value === undefined || value === null) return '';
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Write records as CSV text: a header row of column names, then one row per record. */
export function recordsToCsv(schema: z.core.$ZodType, records: readonly unknown[]): string {
	const columns = csvColumns(schema);
	const steps = columns.map((column) => column.path.split('.'));
	return toCsv([
		columns.map((column) => column.name),
		...records.map((record) => steps.map((path) => cellText(valueAt(record, path)))),
	]);
}
