import type { APIRoute } from 'astro';
import { getContent, getTimelineData } from '../../lib/content/queries';
import { headlineFigures } from '../../lib/content/stats';
import { formatNumber } from '../../lib/content/labels';
import { formatDate } from '../../lib/time/format';
import { renderChart } from '../../lib/timeline/chart';
import { shareImageSvg } from '../../lib/share/share-image';
import { svgToPng } from '../../lib/share/render-png';
import { SITE } from '../../lib/site';

/** The site's share image: the whole timeline under a one-line summary. */
export const GET: APIRoute = async () => {
	const { waves, prisonerCounts, tallies } = await getContent();
	const { data, held } = await getTimelineData();
	const figures = headlineFigures(waves, prisonerCounts, tallies);
	const svg = shareImageSvg(renderChart(data, held, { kinds: [] }).swarm.layout, {
		kicker: SITE.name,
		title: `${formatNumber(figures.entries)} waves of political-prisoner releases in Belarus since 2020`,
		footer: figures.lastDate
			? `Latest wave: ${formatDate(figures.lastDate)}. Sources on every entry.`
			: 'Sources on every entry.',
	});
	return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
