import type { APIRoute } from 'astro';
import { getLocalContent } from '../../../lib/content/queries';
import { headlineFigures } from '../../../lib/content/stats';
import { fill } from '../../../lib/i18n/locale';
import { socialChartLayout } from '../../../lib/social-image/chart-layout';
import { socialImageLayers } from '../../../lib/social-image/image-svg';
import { socialPng } from '../../../lib/social-image/render-png';
import { languagePaths } from '../../../i18n/pages';
import { localeOf } from '../../../i18n';
import type { Language } from '../../../lib/i18n/languages';

export const getStaticPaths = languagePaths;

/** The social image of a language's pages: the whole timeline under a one-line summary. */
export const GET: APIRoute<{ lang: Language }> = async ({ props: { lang } }) => {
	const loc = localeOf(lang);
	const { t } = loc;
	const { waves, prisonerCounts, tallies } = await getLocalContent(lang);
	const figures = headlineFigures(waves, prisonerCounts, tallies);
	const layers = socialImageLayers(
		await socialChartLayout(lang),
		{
			kicker: t.site.name,
			title: fill(t.socialImage.title, { waves: loc.count(figures.entries, t.words.waves) }),
			footer: figures.lastDate
				? fill(t.socialImage.latest, { date: loc.date(figures.lastDate) })
				: t.socialImage.sources,
		},
		loc
	);
	return new Response(await socialPng(layers), { headers: { 'Content-Type': 'image/png' } });
};
