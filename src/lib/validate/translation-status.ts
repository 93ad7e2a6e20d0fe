import { TRANSLATIONS_DIR } from '../content/paths';
import type { ContentProblem } from './problems';
import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../i18n/languages';
import { lastChangedOf, type ContentHistory } from '../content/history';
import { textState } from '../content/localize';

/** A file the pages of a language show in English, because its translation is missing or older than it. */
export interface TranslationWarning {
	lang: TranslatedLanguage;
	/** The English file, and where its translation is (or would be). */
	file: string;
	translation: string;
	state: 'missing' | 'outdated';
	/** For an outdated translation: when it was last checked, and when the English changed. */
	checked?: string | undefined;
	changed?: string | undefined;
}

interface Translatable {
	id: string;
	file: string;
}

/**
 * Every entry and person file whose translation the pages cannot show, by the same rule the pages
 * use (`textState`), so the validator warns about exactly what readers see in English.
 */
export function translationWarnings(
	content: { events: readonly Translatable[]; people: readonly Translatable[] },
	translations: Record<
		TranslatedLanguage,
		{ events: Map<string, { checked: string }>; people: Map<string, { checked: string }> }
	>,
	history: ContentHistory
): TranslationWarning[] {
	const kinds = [
		{ kind: 'events', items: content.events, ext: 'mdx' },
		{ kind: 'people', items: content.people, ext: 'yaml' },
	] as const;
	return TRANSLATED_LANGUAGES.flatMap((lang) =>
		kinds.flatMap(({ kind, items, ext }) =>
			items.flatMap(({ id, file }): TranslationWarning[] => {
				const translation = translations[lang][kind].get(id);
				const english = lastChangedOf(history, file);
				const state = textState(lang, translation, english);
				const where = `${TRANSLATIONS_DIR}${lang}/${kind}/${id}.${ext}`;
				if (state.state === 'missing') return [{ lang, file, translation: where, state: 'missing' }];
				if (state.state === 'outdated')
					return [{ lang, file, translation: where, state: 'outdated', checked: state.checked, changed: english.date }];
				return [];
			})
		)
	);
}

/** The warning an editor reads: what is shown in English, and what to do about it. */
export function translationProblem(w: TranslationWarning): ContentProblem {
	return w.state === 'missing'
		? {
				file: w.file,
				field: `(${w.lang} translation)`,
				message: `has no ${w.lang} translation; the ${w.lang} pages show the English`,
				expected: `a translation in ${w.translation}`,
			}
		: {
				file: w.translation,
				field: 'checked',
				message: `was checked on ${w.checked ?? '?'}, but the English (${w.file}) changed on ${w.changed ?? '?'}; the ${w.lang} pages show the English until the translation is updated`,
				expected: 'the translation brought up to date, and "checked" set to the day you checked it',
			};
}
