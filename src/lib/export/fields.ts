import { z } from 'astro/zod';
import { listFieldDocs } from '../authoring/schema-docs';
import { inputFieldAt, type JsonSchemaNode } from '../authoring/input-json-schema';

/** One row of a field reference for data users. */
export interface FieldRow {
	/** Dotted path in the JSON, `[]` marking a list, e.g. `conditions[].to`. */
	path: string;
	description: string;
	/** The schema's example, written as JSON. */
	example?: string | undefined;
	/** True when a record may lack the field (it or an object around it is optional). */
	optional: boolean;
}

/** Write an example as JSON; objects are left out, as their fields have examples of their own. */
function exampleText(example: unknown): string | undefined {
	const isObject = typeof example === 'object' && example !== null && !Array.isArray(example);
	return example === undefined || isObject ? undefined : JSON.stringify(example);
}

/** Describe every field of a record schema for the /data/ page: path, description, example, whether optional. */
export function fieldRows(schema: z.ZodType): FieldRow[] {
	// The output JSON Schema knows which fields defaults always fill in; the zod input view does not.
	const output = z.toJSONSchema(schema, { io: 'output' }) as JsonSchemaNode;
	return listFieldDocs(schema).map(({ path, doc }) => ({
		path,
		description: doc.description ?? '',
		example: exampleText(doc.example),
		optional: !inputFieldAt(output, path).always,
	}));
}
