import type { z } from 'astro/zod';
import type { ContentProblem } from './problems';
import { fieldDocAt } from '../authoring/schema-docs';
import { countryChoices, enumChoices, suggestValue } from './suggest';

type Issue = z.core.$ZodIssue;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value: unknown = data;
	for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
	return value;
}

function found(issue: Issue, data: unknown): string {
	if (issue.code === 'unrecognized_keys') return '';
	const value = valueAt(data, issue.path);
	if (value === undefined) return ' (the field is missing)';
	const shown = JSON.stringify(value instanceof Date ? value.toISOString().slice(0, 10) : value);
	return ` (found ${shown && shown.length > 60 ? `${shown.slice(0, 57)}...` : shown})`;
}

function message(issue: Issue): string {
	if (issue.code === 'unrecognized_keys') {
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling`;
	}
	if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
	return issue.message;
}

/** The allowed value a wrong one most likely means: a label the site shows, a country's name, a typo. */
function suggestion(issue: Issue, data: unknown): string | undefined {
	const value = valueAt(data, issue.path);
	if (typeof value !== 'string') return undefined;
	if (issue.code === 'invalid_value') return suggestValue(value, enumChoices(issue.values.map(String)));
	// The country field marks its issue, as a refinement's issue does not otherwise say what it checked.
	if (issue.code === 'custom' && issue.params?.['choices'] === 'country') return suggestValue(value, countryChoices());
	return undefined;
}

/**
 * Turn zod issues into editor-facing problems, each with the field's description and an example
 * taken from the schema itself, so the message can never drift from the model.
 */
export function zodProblems(
	error: z.ZodError,
	schema: z.core.$ZodType,
	data: unknown,
	file: string,
	lineOf: (path: readonly PropertyKey[]) => number | undefined
): ContentProblem[] {
	return error.issues.map((issue) => {
		const doc = fieldDocAt(schema, issue.path);
		const meant = suggestion(issue, data);
		const example = meant ?? doc.example;
		return {
			file,
			line: lineOf(issue.path),
			field: issue.path.length ? issue.path.join('.') : '(top level)',
			message: message(issue) + found(issue, data) + (meant ? `; did you mean ${JSON.stringify(meant)}?` : ''),
			expected: doc.description,
			example: example === undefined ? undefined : JSON.stringify(example),
		};
	});
}
