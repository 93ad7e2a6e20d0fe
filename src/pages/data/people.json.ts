import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/queries';
import { buildContext } from '../../lib/export/file-meta';
import { peopleJson } from '../../lib/export/people-json';
import { TRANSLATED_LANGUAGES } from '../../lib/i18n/languages';

/** Every notable person, with the waves that freed them, as JSON. */
export const GET: APIRoute = async ({ site }) => {
	const { people, translations } = await getContent();
	const translationsOf = (id: string) =>
		Object.fromEntries(
			TRANSLATED_LANGUAGES.flatMap((lang) =>
				translations[lang].people.has(id) ? [[lang, translations[lang].people.get(id)]] : []
			)
		);
	const body = JSON.stringify(peopleJson(people, buildContext(site), translationsOf), null, '\t');
	return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
