import type { APIRoute } from 'astro';
import { pagePath } from '../../lib/urls';
import { getContent } from '../../lib/content/queries';
import { getTimelineData } from '../../lib/timeline/content-input';
import { fullChartSvg } from '../../lib/timeline/full-chart';
import { svgToPng } from '../../lib/social-image/draw';
import { languagePaths } from '../../i18n/pages';
import { localeOf } from '../../i18n';
import type { Language } from '../../lib/i18n/languages';

export const getStaticPaths = languagePaths;

/** The framed chart of the whole record as a PNG, drawn at build time without a browser. */
export const GET: APIRoute<{ lang: Language }> = async ({ site, props: { lang } }) => {
	const { data, held } = await getTimelineData(lang);
	const { dataAsOf } = await getContent();
	const svg = fullChartSvg(data, held, new URL(pagePath(lang, '/'), site).href, localeOf(lang), dataAsOf);
	return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
