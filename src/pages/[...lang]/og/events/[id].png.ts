import type { APIRoute } from 'astro';
import { getLocalContent, type LocalWave } from '../../../../lib/content/queries';
import { waveSocialImage } from '../../../../lib/social-image/page-images';
import { socialChartLayout } from '../../../../lib/social-image/chart-layout';
import { socialImageLayers } from '../../../../lib/social-image/image-svg';
import { socialPng } from '../../../../lib/social-image/render-png';
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

/** A wave's social image: its title, dates and count over the timeline, with the wave picked out. */
export const GET: APIRoute<{ lang: Language; wave: LocalWave }> = async ({ props: { lang, wave } }) => {
	const loc = localeOf(lang);
	const { text, highlight } = waveSocialImage(loc, wave.id, wave.data);
	const layers = socialImageLayers(await socialChartLayout(lang), text, loc, highlight);
	return new Response(await socialPng(layers), { headers: { 'Content-Type': 'image/png' } });
};
