import { EVENTS_DIR } from '../content/paths';
import { stringify } from 'yaml';
import { inputJsonSchema, type JsonSchemaNode } from './input-json-schema';
import { PLACEHOLDER_MARKER, placeholder } from '../validate/placeholders';
import { eventSchema } from '../content/schema';
import { slugify } from '../validate/file-names';

/** A source as an editor first gives it: who published it and where; the scaffold gives it its id. */
export interface NewSource {
	publisher: string;
	url: string;
	headline?: string | undefined;
}

/** What an editor gives to start an event: the date and the title, and whatever else they already know. */
export interface NewEvent {
	/** `YYYY-MM-DD`. */
	date: string;
	title: string;
	/** Ids of files in content/people. */
	people?: readonly string[] | undefined;
	sources?: readonly NewSource[] | undefined;
	/** Any other fields, as they are written in the file (count, kind, conditions, summary…). */
	fields?: Readonly<Record<string, unknown>> | undefined;
	/** The text below the frontmatter; a placeholder when not given. */
	body?: string | undefined;
}

/**
 * Give each source a short id to cite it by, from its publisher (else its headline), unique within the entry:
 * `Kyiv Independent` → `kyiv-independent`, a second one `kyiv-independent-2`.
 */
export function withSourceIds(sources: readonly NewSource[]): (NewSource & { id: string })[] {
	const taken = new Set<string>();
	return sources.map((source) => {
		const base = slugify(source.publisher, 3) || slugify(source.headline ?? '', 3) || 'source';
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return { id, ...source };
	});
}

/** The path of an event file, e.g. `content/events/2025-12-13-clemency-123.mdx`. */
export function eventPath(date: string, slug: string): string {
	return `${EVENTS_DIR}${date}-${slug}.mdx`;
}

function hint(node: JsonSchemaNode): string {
	if (node.enum) return `one of ${node.enum.join(', ')}`;
	return node.description ?? 'a value';
}

/**
 * Build the value to scaffold for a required field: its required parts, one list item, or a placeholder.
 * @param ids The ids of the sources already given, which each list of ids (cite) names as its choices.
 */
function placeholderFor(node: JsonSchemaNode, ids: readonly string[]): unknown {
	if (node.type === 'object' && node.properties) {
		// A source's id comes first: it is the name the figures cite it by.
		const keys = (node.required ?? []).toSorted((a, b) => Number(b === 'id') - Number(a === 'id'));
		return Object.fromEntries(keys.map((key) => [key, placeholderFor(node.properties?.[key] ?? {}, ids)]));
	}
	if (node.type === 'array' && node.items) {
		// A list of ids (cite) is explained by the list, which says which ids belong there.
		const listed = ids.length ? ` Listed: ${ids.join(', ')}.` : '';
		const item =
			node.items.type !== 'object' && node.description
				? placeholder(node.description + listed)
				: placeholderFor(node.items, ids);
		return [item];
	}
	return placeholder(hint(node));
}

const BODY = placeholder(
	'write two or three short paragraphs in your own words: what happened, who was released, under what conditions, ' +
		'and what remains uncertain. Link only sources listed under sources, and mark what each one says with the Cite component (see CONTRIBUTING.md).'
);

/**
 * Write a new event file: what the editor gave filled in (sources with the ids to cite them by), every other
 * required field present as a placeholder that `npm run validate` rejects until it is replaced, and the
 * optional fields named.
 * Built from the schema, so it can never miss a field the schema requires.
 */
export function scaffoldEvent({ date, title, people = [], sources = [], fields = {}, body = BODY }: NewEvent): string {
	const root = inputJsonSchema(eventSchema);
	const cited = withSourceIds(sources);
	const known: Record<string, unknown> = {
		...fields,
		title,
		date,
		...(people.length ? { people } : {}),
		...(cited.length ? { sources: cited } : {}),
	};
	const ids = cited.map((source) => source.id);
	// In the schema's order, so the file reads as the field reference does.
	const keys = Object.keys(root.properties ?? {}).filter((key) => root.required?.includes(key) || key in known);
	const data = Object.fromEntries(
		keys.map((key) => [key, known[key] ?? placeholderFor(root.properties?.[key] ?? {}, ids)])
	);
	const optional = Object.keys(root.properties ?? {}).filter((key) => !keys.includes(key));
	const yaml = stringify(data, { lineWidth: 0 });
	return [
		'---',
		`# Replace every ${PLACEHOLDER_MARKER} below, then run npm run validate. Every field is explained in CONTRIBUTING.md.`,
		`# Optional fields you may add: ${optional.join(', ')}.`,
		yaml.trimEnd(),
		'---',
		'',
		body,
		'',
	].join('\n');
}
