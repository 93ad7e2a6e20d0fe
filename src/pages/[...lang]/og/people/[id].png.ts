import type { APIRoute } from 'astro';
import { getLocalContent, type LocalPerson } from '../../../../lib/content/queries';
import { personSocialImage } from '../../../../lib/social-image/page-images';
import { socialChartLayout } from '../../../../lib/social-image/chart-layout';
import { socialImageLayers } from '../../../../lib/social-image/image-svg';
import { socialPng } from '../../../../lib/social-image/render-png';
import { languagePaths } from '../../../../i18n/pages';
import { localeOf } from '../../../../i18n';
import type { Language } from '../../../../lib/i18n/languages';

export async function getStaticPaths() {
	const paths = await Promise.all(
		languagePaths().map(async ({ params, props: { lang } }) =>
			(await getLocalContent(lang)).people.map((person) => ({
				params: { ...params, id: person.id },
				props: { lang, person },
			}))
		)
	);
	return paths.flat();
}

/** A person's social image: their name and story over the timeline, with the waves that name them picked out. */
export const GET: APIRoute<{ lang: Language; person: LocalPerson }> = async ({ props: { lang, person } }) => {
	const loc = localeOf(lang);
	const { text, highlight } = personSocialImage(loc, person.data.name, person.story);
	const layers = socialImageLayers(await socialChartLayout(lang), text, loc, highlight);
	return new Response(await socialPng(layers), { headers: { 'Content-Type': 'image/png' } });
};
