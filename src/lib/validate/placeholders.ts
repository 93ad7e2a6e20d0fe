import { eventSchema } from '../content/schema';
import { fieldDocAt } from '../authoring/schema-docs';
import { parseYamlSource } from './yaml-source';
import type { Frontmatter } from './frontmatter';
import type { ContentProblem } from './problems';

/** The marker `npm run new-event` puts in every value an editor has to replace. */
export const PLACEHOLDER_MARKER = 'TODO';

const MARKER = new RegExp(`\\b${PLACEHOLDER_MARKER}\\b`);

/** Write a placeholder that tells the editor what belongs there, e.g. `TODO: the number of people, in digits`. */
export function placeholder(hint: string): string {
	return `${PLACEHOLDER_MARKER}: ${hint}`;
}

function stringsIn(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, [...path, i]));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
	return [];
}

/**
 * Report every placeholder left in an event: in frontmatter values (with the field's description
 * and example) and in the text below. YAML syntax errors are left to the schema check.
 */
export function findPlaceholders(file: string, { yaml, body, bodyLine }: Frontmatter): ContentProblem[] {
	if (!MARKER.test(yaml) && !MARKER.test(body)) return [];
	const source = parseYamlSource(yaml, file, 2);
	const fields = Array.isArray(source) ? [] : stringsIn(source.data).filter(({ text }) => MARKER.test(text));
	const lineOf = Array.isArray(source) ? () => undefined : source.lineOf;
	const problems: ContentProblem[] = fields.map(({ path, text }) => {
		const doc = fieldDocAt(eventSchema, path);
		return {
			file,
			line: lineOf(path),
			field: path.join('.'),
			message: `still holds the placeholder ${JSON.stringify(text)}: replace it with the real value`,
			expected: doc.description,
			example: doc.example === undefined ? undefined : JSON.stringify(doc.example),
		};
	});
	body.split('\n').forEach((line, i) => {
		if (!MARKER.test(line)) return;
		problems.push({
			file,
			line: bodyLine + i,
			field: '(body)',
			message: `still holds a ${PLACEHOLDER_MARKER} placeholder: replace it with your text`,
			expected: 'two or three short paragraphs in your own words',
		});
	});
	return problems;
}
