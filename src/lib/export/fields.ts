import { z } from 'astro/zod';
import { listFieldDocs } from '../content/schema-docs';

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

interface JsonSchemaNode {
	required?: string[];
	properties?: Record<string, JsonSchemaNode>;
	items?: JsonSchemaNode;
}

/** Tell whether a path may be missing from a parsed record, reading the schema's output JSON Schema. */
function mayBeMissing(root: JsonSchemaNode, path: string): boolean {
	let node: JsonSchemaNode | undefined = root;
	for (const step of path.split('.')) {
		const key = step.replace(/\[\]$/, '');
		if (!node?.required?.includes(key)) return true;
		node = node.properties?.[key];
		if (step.endsWith('[]')) node = node?.items;
	}
	return false;
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
		optional: mayBeMissing(output, path),
	}));
}
