import { stringify } from 'yaml';
import { inputJsonSchema, type JsonSchemaNode } from './input-json-schema';
import { PLACEHOLDER_MARKER, placeholder } from './placeholders';
import { eventSchema } from './schema';
import { EVENTS_DIR } from '../validate/file-names';

/** What an editor gives to start an event: the date and the title. */
export interface NewEvent {
	/** `YYYY-MM-DD`. */
	date: string;
	title: string;
}

/** The path of an event file, e.g. `content/events/2025-12-13-clemency-123.mdx`. */
export function eventPath(date: string, slug: string): string {
	return `${EVENTS_DIR}${date}-${slug}.mdx`;
}

function hint(node: JsonSchemaNode): string {
	if (node.enum) return `one of ${node.enum.join(', ')}`;
	return node.description ?? 'a value';
}

/** Build the value to scaffold for a required field: its required parts, one list item, or a placeholder. */
function placeholderFor(node: JsonSchemaNode): unknown {
	if (node.type === 'object' && node.properties) {
		// A source's id comes first: it is the name the figures cite it by.
		const keys = (node.required ?? []).toSorted((a, b) => Number(b === 'id') - Number(a === 'id'));
		return Object.fromEntries(keys.map((key) => [key, placeholderFor(node.properties?.[key] ?? {})]));
	}
	if (node.type === 'array' && node.items) {
		// A list of ids (cite) is explained by the list, which says which ids belong there.
		const item =
			node.items.type !== 'object' && node.description ? placeholder(node.description) : placeholderFor(node.items);
		return [item];
	}
	return placeholder(hint(node));
}

const BODY = placeholder(
	'write two or three short paragraphs in your own words: what happened, who was released, under what conditions, ' +
		'and what remains uncertain. Link only sources listed under sources, and mark what each one says with the Cite component (see CONTRIBUTING.md).'
);

/**
 * Write a new event file: the title and date filled in, every other required field present as a
 * placeholder that `npm run validate` rejects until it is replaced, and the optional fields named.
 * Built from the schema, so it can never miss a field the schema requires.
 */
export function scaffoldEvent({ date, title }: NewEvent): string {
	const root = inputJsonSchema(eventSchema);
	const known: Record<string, unknown> = { title, date };
	const data = Object.fromEntries(
		(root.required ?? []).map((key) => [key, known[key] ?? placeholderFor(root.properties?.[key] ?? {})])
	);
	const optional = Object.keys(root.properties ?? {}).filter((key) => !root.required?.includes(key));
	const yaml = stringify(data, { lineWidth: 0 });
	return [
		'---',
		`# Replace every ${PLACEHOLDER_MARKER} below, then run npm run validate. Every field is explained in CONTRIBUTING.md.`,
		`# Optional fields you may add: ${optional.join(', ')}.`,
		yaml.trimEnd(),
		'---',
		'',
		BODY,
		'',
	].join('\n');
}
