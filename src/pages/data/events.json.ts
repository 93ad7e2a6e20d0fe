import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/queries';
import { eventsJson, namesById } from '../../lib/export/events-json';
import { buildContext } from '../../lib/export/file-meta';
import { TRANSLATED_LANGUAGES } from '../../lib/i18n/languages';

/** Every wave as JSON, built from the same content as the pages. */
export const GET: APIRoute = async ({ site }) => {
	const { waves, people, translations } = await getContent();
	// The body of a translation is MDX text, like the English body, which the data files leave out.
	const translationsOf = (id: string) =>
		Object.fromEntries(
			TRANSLATED_LANGUAGES.flatMap((lang) => {
				const found = translations[lang].events.get(id);
				if (!found) return [];
				const { body: _body, ...fields } = found;
				return [[lang, fields]];
			})
		);
	const body = JSON.stringify(eventsJson(waves, namesById(people), buildContext(site), translationsOf), null, '\t');
	return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
