import { z } from 'astro/zod';

/** What the schema says about one field: its description and an example value. */
export interface FieldDoc {
	description?: string | undefined;
	example?: unknown;
}

type AnySchema = z.core.$ZodType;

function metaOf(schema: AnySchema): FieldDoc {
	const meta = z.globalRegistry.get(schema);
	return { description: meta?.description, example: meta?.examples?.[0 as never] };
}

/** Step through wrappers (optional, default, pipe) to the schema that holds the fields. */
export function unwrap(schema: AnySchema): AnySchema {
	const def = schema._zod.def as { type: string; innerType?: AnySchema; out?: AnySchema };
	if (def.innerType) return unwrap(def.innerType);
	if (def.type === 'pipe' && def.out) return unwrap(def.out);
	return schema;
}

/** Merge docs from wrapper to core: the outermost description wins, as it is the most specific. */
function docsAlong(schema: AnySchema): FieldDoc {
	const docs: FieldDoc = {};
	let current: AnySchema | undefined = schema;
	while (current) {
		const { description, example } = metaOf(current);
		docs.description ??= description;
		docs.example ??= example;
		const def = current._zod.def as { type: string; innerType?: AnySchema; out?: AnySchema };
		current = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
	}
	return docs;
}

/** Find the documentation of the field at `path` (numbers step into arrays). */
export function fieldDocAt(schema: AnySchema, path: readonly PropertyKey[]): FieldDoc {
	let current: AnySchema = schema;
	for (const key of path) {
		const core = unwrap(current);
		const def = core._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
		const next = def.type === 'array' ? def.element : def.shape?.[String(key)];
		if (!next) return {};
		current = next;
	}
	return docsAlong(current);
}

/** List every documented field of an object schema, depth first, as dotted paths (`[]` marks a list). */
export function listFieldDocs(schema: AnySchema, prefix = ''): { path: string; doc: FieldDoc }[] {
	const core = unwrap(schema);
	const def = core._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
	if (def.type === 'array' && def.element) return listFieldDocs(def.element, `${prefix}[]`);
	if (def.type !== 'object' || !def.shape) return [];
	return Object.entries(def.shape).flatMap(([key, field]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		return [{ path, doc: docsAlong(field) }, ...listFieldDocs(field, path)];
	});
}
