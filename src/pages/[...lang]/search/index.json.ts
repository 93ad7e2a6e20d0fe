import type { APIRoute } from 'astro';
import { pagePath } from '../../../lib/urls';
import { getLocalContent } from '../../../lib/content/queries';
import { buildSearchIndex, sitePages } from '../../../lib/search/build-index';
import { languagePaths } from '../../../i18n/pages';
import { localeOf } from '../../../i18n';
import type { Language } from '../../../lib/i18n/languages';

export const getStaticPaths = languagePaths;

/** The search index of a language, fetched only when a reader focuses the search field. */
export const GET: APIRoute<{ lang: Language }> = async ({ props: { lang } }) => {
	const loc = localeOf(lang);
	const { waves, people } = await getLocalContent(lang);
	const names = new Map(people.map((p) => [p.id, p.data.name]));
	const docs = buildSearchIndex(
		loc,
		people.map((p) => ({ id: p.id, name: p.data.name, data: p.data, url: pagePath(lang, `/people/${p.id}/`) })),
		waves.toReversed().map((w) => ({
			id: w.id,
			data: w.data,
			url: pagePath(lang, `/events/${w.id}/`),
			names: w.data.people.map((p) => names.get(p.id) ?? p.id),
		})),
		sitePages(loc.t).map((page) => ({ ...page, url: pagePath(lang, page.key) }))
	);
	return new Response(JSON.stringify(docs), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
