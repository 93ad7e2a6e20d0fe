import type { Language } from '../i18n/languages';
import type { PersonData } from '../content/schema';
import { pagePath } from '../urls';
import { groupByLetter } from './letters';
import { nameIndex } from './name-index';
import { generatedSpellings } from './transliterate';

/** `/people/` and its letter pages: everyone under the first letter of their name as the language writes it. */
export function peopleByLetter<T extends { data: Pick<PersonData, 'name'> }>(people: readonly T[], lang: Language) {
	return groupByLetter(people, (person) => person.data.name, lang);
}

/** The A–Z index of `/search/` and its letter pages: every spelling, each leading to its person's page. */
export function namesByLetter(people: readonly { id: string; data: PersonData }[], lang: Language) {
	return nameIndex(
		people.map((p) => ({ name: p.data.name, data: p.data, url: pagePath(lang, `/people/${p.id}/`) })),
		generatedSpellings,
		lang
	);
}
