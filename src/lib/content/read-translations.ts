import { parse } from 'yaml';
import { splitFrontmatter } from '../validate/frontmatter';
import { readContentFiles } from '../validate/read-content';
import {
	eventTranslationSchema,
	personTranslationSchema,
	type EventTranslationData,
	type PersonTranslationData,
} from './schema';
import { translationPath } from './translations';
import { isTranslatedLanguage, TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../i18n/languages';

/** Every translation, by language, then by the id of what it translates (Node only; the validator checked them). */
export type Translations = Record<
	TranslatedLanguage,
	{ events: Map<string, EventTranslationData & { body: string }>; people: Map<string, PersonTranslationData> }
>;

/** Read the translation files under `content/translations/`. */
export function readTranslations(root: string): Translations {
	const result = Object.fromEntries(
		TRANSLATED_LANGUAGES.map((lang) => [lang, { events: new Map(), people: new Map() }])
	) as Translations;
	for (const { path, text } of readContentFiles(root)) {
		const where = translationPath(path);
		if (!where || !isTranslatedLanguage(where.lang)) continue;
		if (where.kind === 'events') {
			const split = splitFrontmatter(text, path);
			if ('file' in split) continue;
			result[where.lang].events.set(where.id, {
				...eventTranslationSchema.parse(parse(split.yaml)),
				body: split.body.trim(),
			});
		} else {
			result[where.lang].people.set(where.id, personTranslationSchema.parse(parse(text)));
		}
	}
	return result;
}
