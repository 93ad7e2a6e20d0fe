import type { APIRoute } from 'astro';
import { getLocalContent, type LocalWave } from '../../../../lib/content/queries';
import { waveSocialImage } from '../../../../lib/social-image/page-images';
import { socialChartLayout } from '../../../../lib/social-image/chart-layout';
import { socialImageLayers } from '../../../../lib/social-image/image-svg';
import { drawAhead, socialPng } from '../../../../lib/social-image/render-png';
import { languagePaths } from '../../../../i18n/pages';
import { localeOf } from '../../../../i18n';
import type { Language } from '../../../../lib/i18n/languages';

interface Props {
	lang: Language;
	wave: LocalWave;
}

/** A wave's social image: its title, dates and count over the timeline, with the wave picked out. */
async function layersOf({ lang, wave }: Props) {
	const loc = localeOf(lang);
	const { text, highlight } = waveSocialImage(loc, wave.id, wave.data);
	return socialImageLayers(await socialChartLayout(lang), text, loc, highlight);
}

export async function getStaticPaths() {
	const paths = (
		await Promise.all(
			languagePaths().map(async ({ params, props: { lang } }) =>
				(await getLocalContent(lang)).waves.map((wave) => ({
					params: { ...params, id: wave.id },
					props: { lang, wave },
				}))
			)
		)
	).flat();
	// A build draws every wave's image, and would otherwise draw them one by one on the core that renders pages.
	if (import.meta.env.PROD) drawAhead(await Promise.all(paths.map(({ props }) => layersOf(props))));
	return paths;
}

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(await socialPng(await layersOf(props)), { headers: { 'Content-Type': 'image/png' } });
