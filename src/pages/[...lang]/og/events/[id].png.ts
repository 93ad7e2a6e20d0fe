import type { APIRoute } from 'astro';
import { getLocalContent, type LocalWave } from '../../../../lib/content/queries';
import { waveShareImage } from '../../../../lib/share/page-images';
import { shareChartLayout } from '../../../../lib/share/share-chart';
import { shareImageSvg } from '../../../../lib/share/share-image';
import { sharePng } from '../../../../lib/share/render-png';
import { languagePaths } from '../../../../i18n/pages';
import { localeOf } from '../../../../i18n';
import type { Language } from '../../../../lib/i18n/languages';

export async function getStaticPaths() {
	const paths = await Promise.all(
		languagePaths().map(async ({ params, props: { lang } }) =>
			(await getLocalContent(lang)).waves.map((wave) => ({ params: { ...params, id: wave.id }, props: { lang, wave } }))
		)
	);
	return paths.flat();
}

/** A wave's share image: its title, dates and count over the timeline, with the wave picked out. */
export const GET: APIRoute<{ lang: Language; wave: LocalWave }> = async ({ props: { lang, wave } }) => {
	const loc = localeOf(lang);
	const { text, highlight } = waveShareImage(loc, wave.id, wave.data);
	const svg = shareImageSvg(await shareChartLayout(lang), text, loc, highlight);
	return new Response(await sharePng(svg), { headers: { 'Content-Type': 'image/png' } });
};
