import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/urls';
import { getContent } from '../lib/content/queries';
import { feedItems } from '../lib/export/feed-items';
import { buildContext } from '../lib/export/file-meta';
import { SITE } from '../lib/site';

/** Every wave as an RSS 2.0 item, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const { waves } = await getContent();
	const { site: base } = buildContext(site);
	const self = new URL(sitePath('/rss.xml'), base).href;
	return rss({
		title: SITE.name,
		description: SITE.description,
		site: base,
		items: feedItems(waves),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
	});
};
