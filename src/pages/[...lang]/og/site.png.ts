import type { APIRoute } from 'astro';
import { getLocalContent } from '../../../lib/content/queries';
import { headlineFigures } from '../../../lib/content/stats';
import { fill } from '../../../lib/i18n/locale';
import { shareChartLayout } from '../../../lib/share/share-chart';
import { shareImageSvg } from '../../../lib/share/share-image';
import { sharePng } from '../../../lib/share/render-png';
import { languagePaths } from '../../../i18n/pages';
import { localeOf } from '../../../i18n';
import type { Language } from '../../../lib/i18n/languages';

export const getStaticPaths = languagePaths;

/** The share image of a language's pages: the whole timeline under a one-line summary. */
export const GET: APIRoute<{ lang: Language }> = async ({ props: { lang } }) => {
	const loc = localeOf(lang);
	const { t } = loc;
	const { waves, prisonerCounts, tallies } = await getLocalContent(lang);
	const figures = headlineFigures(waves, prisonerCounts, tallies);
	const svg = shareImageSvg(
		await shareChartLayout(lang),
		{
			kicker: t.site.name,
			title: fill(t.shareImage.title, { waves: loc.count(figures.entries, t.words.waves) }),
			footer: figures.lastDate ? fill(t.shareImage.latest, { date: loc.date(figures.lastDate) }) : t.shareImage.sources,
		},
		loc
	);
	return new Response(await sharePng(svg), { headers: { 'Content-Type': 'image/png' } });
};
