import type { APIRoute } from 'astro';
import { getLocalContent } from '../../../../lib/content/queries';
import { waveSocialImage } from '../../../../lib/social-image/page-images';
import { socialChartLayout } from '../../../../lib/social-image/chart-layout';
import { socialImageLayers, type SocialImageLayers } from '../../../../lib/social-image/image-svg';
import { drawAhead, socialPng } from '../../../../lib/social-image/render-png';
import { languagePaths } from '../../../../i18n/pages';
import { localeOf } from '../../../../i18n';

export async function getStaticPaths() {
	const paths = (
		await Promise.all(
			languagePaths().map(async ({ params, props: { lang } }) => {
				const loc = localeOf(lang);
				const layout = await socialChartLayout(lang);
				return (await getLocalContent(lang)).waves.map((wave) => {
					const { text, highlight } = waveSocialImage(loc, wave.id, wave.data);
					// The layers share their language's backdrop, so holding every wave's costs only their words.
					return {
						params: { ...params, id: wave.id },
						props: { layers: socialImageLayers(layout, text, loc, highlight) },
					};
				});
			})
		)
	).flat();
	// A build draws every wave's image, and would otherwise draw them one by one on the core that renders pages.
	if (import.meta.env.PROD) drawAhead(paths.map(({ props }) => props.layers));
	return paths;
}

/** A wave's social image: its title, dates and count over the timeline, with the wave picked out. */
export const GET: APIRoute<{ layers: SocialImageLayers }> = async ({ props: { layers } }) =>
	new Response(await socialPng(layers), { headers: { 'Content-Type': 'image/png' } });
