import type { APIRoute } from 'astro';
import { sitePath } from '../../../../lib/urls';
import { getLocalContent } from '../../../../lib/content/queries';
import { waveOembed } from '../../../../lib/embed/oembed';
import { languagePaths } from '../../../../i18n/pages';
import { localeOf } from '../../../../i18n';
import type { Language } from '../../../../lib/i18n/languages';

export async function getStaticPaths() {
	const paths = await Promise.all(
		languagePaths().map(async ({ params, props }) =>
			(await getLocalContent(props.lang)).waves.map((wave) => ({
				params: { ...params, id: wave.id },
				props: { lang: props.lang, wave: { id: wave.id, title: wave.data.title, date: wave.data.date } },
			}))
		)
	);
	return paths.flat();
}

/** A wave card's oEmbed in a language, for the wave's page and its card. */
export const GET: APIRoute<{ lang: Language; wave: { id: string; title: string; date: string } }> = ({
	site,
	props: { lang, wave },
}) => Response.json(waveOembed(new URL(sitePath('/'), site).href, localeOf(lang), wave));
