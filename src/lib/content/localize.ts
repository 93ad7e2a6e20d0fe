import type { Language } from '../i18n/languages';
import type { LastChanged } from './history';
import type { EventData, PersonData } from './schema';
import { valueAtPath } from './translations';

/**
 * In which language a page's content is shown, and why: the English itself, a translation checked
 * against the current English, or the English because the translation is missing or older than it.
 */
export type TextState =
	| { state: 'original' }
	| { state: 'translated'; checked: string }
	| { state: 'missing' }
	| { state: 'outdated'; checked: string };

/** The language of the text shown under a state: a fallback shows the English. */
export const textLanguage = (lang: Language, text: TextState): Language => (text.state === 'translated' ? lang : 'en');

/** The `lang` attribute text needs on a page in `lang`: `en` where it falls back to the English, else none. */
export const langAttribute = (lang: Language, text: TextState): Language | undefined =>
	textLanguage(lang, text) === lang ? undefined : textLanguage(lang, text);

/** Decide what a page in `lang` shows: a translation is outdated when the English changed after it was last checked. */
export function textState(
	lang: Language,
	translation: { checked: string } | undefined,
	english: LastChanged
): TextState {
	if (lang === 'en') return { state: 'original' };
	if (!translation) return { state: 'missing' };
	return english.date && english.date > translation.checked
		? { state: 'outdated', checked: translation.checked }
		: { state: 'translated', checked: translation.checked };
}

/** Copy plain data with the string at each dotted path (`disputes.0.note`) replaced; unknown paths are left out. */
export function withTexts<T>(data: T, texts: Readonly<Record<string, string>>): T {
	const copy = structuredClone(data);
	for (const [path, text] of Object.entries(texts)) {
		if (typeof valueAtPath(copy, path) !== 'string') continue;
		const steps = path.split('.');
		const parent = valueAtPath(copy, steps.slice(0, -1).join('.')) ?? copy;
		(parent as Record<string, unknown>)[steps.at(-1) as string] = text;
	}
	return copy;
}

/** An entry's data in a translation: its title, summary and every translated text field. */
export function translateEvent(
	data: EventData,
	translation: { title: string; summary: string; texts: Readonly<Record<string, string>> }
): EventData {
	return { ...withTexts(data, translation.texts), title: translation.title, summary: translation.summary };
}

/** A person's data in a translation: the description and every translated text field. */
export function translatePerson(
	data: PersonData,
	translation: { description: string; texts: Readonly<Record<string, string>> }
): PersonData {
	return { ...withTexts(data, translation.texts), description: translation.description };
}

const CYRILLIC = { be: 'cyrillicBelarusian', ru: 'cyrillicRussian' } as const;

/**
 * A person's name as readers of a language write it: the first Cyrillic spelling a source confirmed
 * (Алесь Бяляцкі on /be/, Алесь Беляцкий on /ru/), else the usual English spelling.
 */
export function localName(person: Pick<PersonData, 'name' | 'variants'>, lang: Language): string {
	if (lang === 'en') return person.name;
	const confirmed = person.variants[CYRILLIC[lang]].find((v) => typeof v === 'string');
	return typeof confirmed === 'string' ? confirmed : person.name;
}
