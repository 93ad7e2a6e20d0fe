import { z } from 'astro/zod';

/** The parts of a JSON Schema node that the editors' tools read. */
export interface JsonSchemaNode {
	type?: string | undefined;
	enum?: unknown[] | undefined;
	description?: string | undefined;
	required?: string[] | undefined;
	properties?: Record<string, JsonSchemaNode> | undefined;
	items?: JsonSchemaNode | undefined;
}

/** The JSON Schema of what an editor writes: a field with a default is optional, as it may be left out. */
export function inputJsonSchema(schema: z.ZodType): JsonSchemaNode {
	return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
}

/**
 * Find the node at a field path as `listFieldDocs()` writes it (`conditions[].type`); `required` says
 * whether it must be present whenever the object holding it is, `always` whether every step must be.
 */
export function inputFieldAt(
	root: JsonSchemaNode,
	path: string
): { node: JsonSchemaNode | undefined; required: boolean; always: boolean } {
	let node: JsonSchemaNode | undefined = root;
	let required = false;
	let always = true;
	for (const step of path.split('.')) {
		const key = step.replace(/(?:\[\])+$/, '');
		required = node?.required?.includes(key) ?? false;
		always &&= required;
		node = node?.properties?.[key];
		for (let depth = (step.length - key.length) / 2; depth > 0; depth--) node = node?.items;
	}
	return { node, required, always };
}
