import type { APIRoute } from 'astro';
import { sitePath } from '../../../lib/urls';
import { getTimelineData } from '../../../lib/timeline/content-input';
import { timelineOembed } from '../../../lib/embed/oembed';
import { languagePaths } from '../../../i18n/pages';
import { localeOf } from '../../../i18n';
import type { Language } from '../../../lib/i18n/languages';

export const getStaticPaths = languagePaths;

/** The timeline's oEmbed in a language: platforms that read the home page's or /embed/'s discovery link embed this. */
export const GET: APIRoute<{ lang: Language }> = async ({ site, props: { lang } }) =>
	Response.json(timelineOembed(new URL(sitePath('/'), site).href, localeOf(lang), await getTimelineData(lang)));
