import { sitePath } from '../urls';
import { z } from 'astro/zod';
import { isoDateSchema } from '../content/schema';
import { todayUtc } from '../validate/read-content';
import { SITE } from '../site';

/** The fields that open every JSON data file: what it is, its licence, where it comes from and when. */
export const fileMetaShape = {
	title: z.string().meta({ description: 'What the file holds.' }),
	licence: z.url().meta({
		description: 'The licence of the data; credit the source when you reuse it.',
		examples: [SITE.dataLicence.url],
	}),
	source: z.url().meta({ description: 'The site the data comes from.' }),
	generated: isoDateSchema.meta({ description: 'The day the file was built, YYYY-MM-DD.' }),
};

/** Where a data file is published and when it was built. */
export interface ExportContext {
	/** The site's address, e.g. `https://release-waves.org`. */
	site: URL | string;
	/** The build date, `YYYY-MM-DD`. */
	generated: string;
}

/** Build the opening fields of a JSON data file. */
export function fileMeta(title: string, { site, generated }: ExportContext) {
	return { title, licence: SITE.dataLicence.url, source: new URL(sitePath('/'), site).href, generated };
}

/** The full address of a page on the site, from its path, e.g. `/events/<id>/`. */
export function pageUrl(path: string, site: URL | string): string {
	return new URL(sitePath(path), site).href;
}

/** The context of this build: the configured site and today's date; throws when no site is configured. */
export function buildContext(site: URL | undefined): ExportContext {
	if (!site)
		throw new Error('astro.config.mjs: set `site`; the data files and the feed link to pages by their full address');
	return { site, generated: todayUtc() };
}
