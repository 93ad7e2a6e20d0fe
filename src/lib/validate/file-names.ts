import { EVENTS_DIR, PEOPLE_DIR, PRISONER_COUNTS_FILE, SITE_CORRECTIONS_FILE, TALLIES_FILE } from '../content/paths';
import { SLUG_PATTERN } from '../content/schema';
import type { ContentProblem } from './problems';
import { parseYamlSource } from './yaml-source';
import { transliterate } from '../search/transliterate';

/** Tell whether a file name (without its extension) or an id follows the one slug rule of the content model. */
export function isSlug(text: string): boolean {
	return SLUG_PATTERN.test(text);
}

// Latin letters whose mark is not a separate character to strip.
const LETTERS: Readonly<Record<string, string>> = { ł: 'l', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', þ: 'th' };

/**
 * Turn any title or name into a short slug: Cyrillic written in Latin letters as Belarusian passports write
 * it, marks dropped, apostrophes left out, at most six words and 60 characters:
 * `52 freed, taken to Lithuania` → `52-freed-taken-to-lithuania`, `Алесь Бяляцкі` → `ales-bialiatski`.
 * Empty when the text has no letter or digit to keep.
 */
export function slugify(text: string, maxWords = 6): string {
	const latin = [...transliterate(text, 'be-passport').toLowerCase()].map((c) => LETTERS[c] ?? c).join('');
	const words = latin
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/['’ʼ`]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, maxWords);
	let slug = words.join('-');
	while (slug.length > 60 && slug.includes('-')) slug = slug.slice(0, slug.lastIndexOf('-'));
	return slug.slice(0, 60);
}

const DATE_AT_START = /^(\d{4}-\d{2}-\d{2})(?:\b|_)/;
const asText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** Read a field from a file's YAML without requiring the rest to be valid: the name is suggested even when other fields are wrong. */
function fieldOf(yaml: string | undefined, file: string, key: string): string | undefined {
	if (yaml === undefined) return undefined;
	const source = parseYamlSource(yaml, file, 1);
	if (Array.isArray(source) || !source.data || typeof source.data !== 'object') return undefined;
	const value = asText((source.data as Record<string, unknown>)[key]);
	return typeof value === 'string' ? value : undefined;
}

/** A valid name for an event file: its date (from the date field, else its current name), then its title in a few words. */
export function eventFileName(id: string, yaml?: string, file = ''): string {
	const fieldDate = fieldOf(yaml, file, 'date');
	const date = fieldDate && /^\d{4}-\d{2}-\d{2}$/.test(fieldDate) ? fieldDate : DATE_AT_START.exec(id)?.[1];
	const rest = id.replace(DATE_AT_START, '');
	const slug = slugify(fieldOf(yaml, file, 'title') ?? '') || slugify(rest) || 'short-name';
	return date ? `${date}-${slug}` : slug;
}

/** A valid name for a person file: their name in a few words, else the current name made valid. */
export function personFileName(id: string, yaml?: string, file = ''): string {
	return slugify(fieldOf(yaml, file, 'name') ?? '') || slugify(id) || 'first-last';
}

/**
 * Report a file name that breaks the slug rule, with a valid name made from what the file says:
 * `40 freed in March.mdx` dated 2026-03-05 → `2026-03-05-40-freed-in-march.mdx`.
 * @param yaml The file's YAML (an event's frontmatter), read for its date, title or name.
 */
export function idProblem(file: string, id: string, yaml?: string): ContentProblem[] {
	if (isSlug(id)) return [];
	const isEvent = file.startsWith(EVENTS_DIR);
	const name = isEvent ? `${eventFileName(id, yaml, file)}.mdx` : `${personFileName(id, yaml, file)}.yaml`;
	return [
		{
			file,
			line: 1,
			field: '(file name)',
			message: `"${id}" is not a valid file name: rename the file`,
			expected: isEvent
				? 'the date of the wave, then a few lower-case words joined by hyphens (letters, digits and hyphens only)'
				: "the person's name in lower-case words joined by hyphens (letters, digits and hyphens only)",
			example: name,
		},
	];
}

/** Report a file outside the content model; a file in the right folder with the wrong ending gets a name to rename it to. */
export function unexpectedFile(path: string): ContentProblem {
	const stem = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
	const example = path.startsWith(EVENTS_DIR)
		? `${EVENTS_DIR}${eventFileName(stem)}.mdx`
		: path.startsWith(PEOPLE_DIR)
			? `${PEOPLE_DIR}${personFileName(stem)}.yaml`
			: undefined;
	return {
		file: path,
		field: '(file name)',
		message: 'this file is not part of the content model and would not be published',
		expected: `events as ${EVENTS_DIR}YYYY-MM-DD-slug.mdx, people as ${PEOPLE_DIR}slug.yaml, ${PRISONER_COUNTS_FILE}, ${TALLIES_FILE} or ${SITE_CORRECTIONS_FILE}; prefix with _ to keep a draft unpublished`,
		example,
	};
}
