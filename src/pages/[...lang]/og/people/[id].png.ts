import type { APIRoute } from 'astro';
import { getLocalContent, type LocalPerson } from '../../../../lib/content/queries';
import { personShareImage } from '../../../../lib/share/page-images';
import { shareChartLayout } from '../../../../lib/share/share-chart';
import { shareImageSvg } from '../../../../lib/share/share-image';
import { sharePng } from '../../../../lib/share/render-png';
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

/** A person's share image: their name and story over the timeline, with the waves that name them picked out. */
export const GET: APIRoute<{ lang: Language; person: LocalPerson }> = async ({ props: { lang, person } }) => {
	const loc = localeOf(lang);
	const { text, highlight } = personShareImage(loc, person.data.name, person.story);
	const svg = shareImageSvg(await shareChartLayout(lang), text, loc, highlight);
	return new Response(await sharePng(svg), { headers: { 'Content-Type': 'image/png' } });
};
