import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { pagePath } from '../../lib/urls';
import { getLocalContent } from '../../lib/content/queries';
import { feedItems } from '../../lib/export/feed-items';
import { buildContext } from '../../lib/export/file-meta';
import { fill } from '../../lib/i18n/locale';
import { languagePaths } from '../../i18n/pages';
import { localeOf } from '../../i18n';
import type { Language } from '../../lib/i18n/languages';

export const getStaticPaths = languagePaths;

/** Every wave as an RSS 2.0 item, newest first, in one language. */
export const GET: APIRoute<{ lang: Language }> = async ({ site, props: { lang } }) => {
	const loc = localeOf(lang);
	const { waves } = await getLocalContent(lang);
	const { site: base } = buildContext(site);
	const self = new URL(pagePath(lang, '/rss.xml'), base).href;
	return rss({
		title: fill(loc.t.site.feedTitle, { site: loc.t.site.name }),
		description: loc.t.site.description,
		site: new URL(pagePath(lang, '/'), base).href,
		items: feedItems(loc, waves),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
	});
};
