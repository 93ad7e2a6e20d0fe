import type { z } from 'astro/zod';
import type { ContentProblem } from './problems';
import { fieldDocAt } from './schema-docs';

type Issue = z.core.$ZodIssue;

function found(issue: Issue, data: unknown): string {
	if (issue.code === 'unrecognized_keys') return '';
	let value: unknown = data;
	for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
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
		return {
			file,
			line: lineOf(issue.path),
			field: issue.path.length ? issue.path.join('.') : '(top level)',
			message: message(issue) + found(issue, data),
			expected: doc.description,
			example: doc.example === undefined ? undefined : JSON.stringify(doc.example),
		};
	});
}
