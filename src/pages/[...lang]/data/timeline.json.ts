import type { APIRoute } from 'astro';
import { getTimelineData } from '../../../lib/timeline/content-input';
import { languagePaths } from '../../../i18n/pages';
import type { Language } from '../../../lib/i18n/languages';

export const getStaticPaths = languagePaths;

/** The timeline's input in a language, fetched by the chart only when a reader filters or zooms, so pages stay light. */
export const GET: APIRoute<{ lang: Language }> = async ({ props: { lang } }) =>
	new Response(JSON.stringify(await getTimelineData(lang)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
