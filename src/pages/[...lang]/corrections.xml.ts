import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { pagePath } from '../../lib/urls';
import { getLocalContent } from '../../lib/content/queries';
import { siteCorrections } from '../../lib/content/correction-pages';
import { buildContext } from '../../lib/export/file-meta';
import { fill } from '../../lib/i18n/locale';
import { utcDate } from '../../lib/time/dates';
import { languagePaths } from '../../i18n/pages';
import { localeOf } from '../../i18n';
import type { Language } from '../../lib/i18n/languages';

export const getStaticPaths = languagePaths;

/** Every correction as an RSS 2.0 item, newest first, in one language. */
export const GET: APIRoute<{ lang: Language }> = async ({ site, props: { lang } }) => {
	const { t } = localeOf(lang);
	const { site: base } = buildContext(site);
	const self = new URL(pagePath(lang, '/corrections.xml'), base).href;
	return rss({
		title: fill(t.corrections.feedTitle, { site: t.site.name }),
		description: t.corrections.feedDescription,
		site: new URL(pagePath(lang, '/'), base).href,
		items: siteCorrections(await getLocalContent(lang)).map((c) => ({
			title: fill(t.corrections.feedItem, { title: c.title }),
			description: c.text,
			link: pagePath(lang, c.path),
			pubDate: utcDate(c.date),
		})),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
	});
};
