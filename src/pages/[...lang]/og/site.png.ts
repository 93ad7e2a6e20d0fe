import type { APIRoute } from 'astro';
import { getLocalContent, getTimelineData } from '../../../lib/content/queries';
import { headlineFigures } from '../../../lib/content/stats';
import { fill } from '../../../lib/i18n/locale';
import { renderChart } from '../../../lib/timeline/chart';
import { shareImageSvg } from '../../../lib/share/share-image';
import { svgToPng } from '../../../lib/share/render-png';
import { languagePaths } from '../../../i18n/pages';
import { localeOf } from '../../../i18n';
import type { Language } from '../../../lib/i18n/languages';

export const getStaticPaths = languagePaths;

/** The share image of a language's pages: the whole timeline under a one-line summary. */
export const GET: APIRoute<{ lang: Language }> = async ({ props: { lang } }) => {
	const loc = localeOf(lang);
	const { t } = loc;
	const { waves, prisonerCounts, tallies } = await getLocalContent(lang);
	const { data, held } = await getTimelineData(lang);
	const figures = headlineFigures(waves, prisonerCounts, tallies);
	const layout = renderChart(data, held, { kinds: [] }, { loc }).swarm.layout;
	const svg = shareImageSvg(
		layout,
		{
			kicker: t.site.name,
			title: fill(t.shareImage.title, { waves: loc.count(figures.entries, t.words.waves) }),
			footer: figures.lastDate ? fill(t.shareImage.latest, { date: loc.date(figures.lastDate) }) : t.shareImage.sources,
		},
		loc
	);
	return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
