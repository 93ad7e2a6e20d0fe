import type { ContentProblem } from '../validate/problems';

/** Read a translation file's path: its language, what it translates and the id. */
export function translationPath(path: string): { lang: string; kind: 'events' | 'people'; id: string } | undefined {
	const match = /^content\/translations\/([a-z]{2})\/(events|people)\/([^/]+)\.(mdx|ya?ml)$/.exec(path);
	if (!match) return undefined;
	const [, lang, kind, id, ext] = match as unknown as [string, string, 'events' | 'people', string, string];
	if ((kind === 'events') !== (ext === 'mdx')) return undefined;
	return { lang, kind, id };
}

/** The value at a dotted path (`disputes.0.sides.1.says`) of plain data, or undefined. */
export function valueAtPath(data: unknown, path: string): unknown {
	let current: unknown = data;
	for (const step of path.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[step];
	}
	return current;
}

/**
 * Check that every translated text names a text field of the English entry, so a translation
 * can never add a claim the English does not make, and a renamed field is caught.
 */
export function checkTranslatedTexts(
	texts: Readonly<Record<string, string>>,
	english: unknown,
	file: string,
	lineOf: (path: readonly PropertyKey[]) => number | undefined
): ContentProblem[] {
	return Object.keys(texts).flatMap((path) =>
		typeof valueAtPath(english, path) === 'string'
			? []
			: [
					{
						file,
						line: lineOf(['texts', path]),
						field: `texts.${path}`,
						message: `the English entry has no text at "${path}"`,
						expected:
							'the path of a text field of the English entry, such as countNote, conditions.0.note or disputes.1.sides.0.says',
					},
				]
	);
}
