import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/urls';
import { getContent } from '../lib/content/queries';
import { siteCorrections } from '../lib/content/correction-pages';
import { buildContext } from '../lib/export/file-meta';
import { SITE } from '../lib/site';
import { utcDate } from '../lib/time/dates';

/** Every correction as an RSS 2.0 item, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const { site: base } = buildContext(site);
	const self = new URL(sitePath('/corrections.xml'), base).href;
	return rss({
		title: `${SITE.name}: corrections`,
		description: 'Every substantive fix made to an entry: a wrong number, name, date or attribution.',
		site: base,
		items: siteCorrections(await getContent()).map((c) => ({
			title: `Correction: ${c.title}`,
			description: c.text,
			link: sitePath(c.path),
			pubDate: utcDate(c.date),
		})),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
	});
};
