import { LANGUAGES, type Language } from './i18n/languages';

/**
 * The one place links are built. The site may be served from any folder (a mirror, a project page,
 * a copy on a USB stick): `SITE_BASE=/some/folder/ npm run build` sets it, and every internal link,
 * asset and data address goes through `sitePath`; pages in a language go through `pagePath`.
 */
const BASE = `${(import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '')}/`;

/** The folder the site is served from, always ending in `/`: `/` or `/some/folder/`. */
export function siteBase(): string {
	return BASE;
}

/** A path on this site, under the folder it is served from: `/about/` → `/some/folder/about/`. */
export function sitePath(path: string, base = BASE): string {
	return `${base}${path.replace(/^\/+/, '')}`;
}

/** The folder of a language's pages: English at the root, the others under `/be/`, `/ru/`. */
export function languagePrefix(lang: Language): string {
	return lang === 'en' ? '/' : `/${lang}/`;
}

/** A page in a language: `pagePath('be', '/about/')` → `/be/about/` (under the site's folder). */
export function pagePath(lang: Language, path: string, base = BASE): string {
	return sitePath(`${languagePrefix(lang)}${path.replace(/^\/+/, '')}`, base);
}

/** Read a page's address: its language and its path within the language (`/be/about/` → be, `/about/`). */
export function splitPagePath(pathname: string, base = BASE): { lang: Language; path: string } {
	const inside = `/${pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '')}`;
	const first = /^\/([a-z]{2})(?:\/|$)/.exec(inside)?.[1];
	if (first && first !== 'en' && Object.hasOwn(LANGUAGES, first))
		return { lang: first as Language, path: inside.slice(first.length + 1) || '/' };
	return { lang: 'en', path: inside };
}

/** The social image of a wave, in a language: `('be', id)` → `/be/og/events/<id>.png`. */
export function socialImagePath(lang: Language, waveId: string, base = BASE): string {
	return pagePath(lang, `/og/events/${waveId}.png`, base);
}

/** An embeddable view in a language: the timeline, or one wave's card (`embedPath('be', 'x')` → `/be/embed/wave/x/`). */
export function embedPath(lang: Language, waveId?: string, base = BASE): string {
	return pagePath(lang, waveId ? `/embed/wave/${waveId}/` : '/embed/', base);
}

/** The oEmbed description of an embeddable view: `/oembed/embed.json`, `/be/oembed/wave/x.json`. */
export function oembedPath(lang: Language, waveId?: string, base = BASE): string {
	return pagePath(lang, waveId ? `/oembed/wave/${waveId}.json` : '/oembed/embed.json', base);
}

/**
 * A letter's page of a list that grows with the record: `('be', 'people', 'б')` → `/be/people/letter/б/`. One level
 * below the list, so no person's id (`/people/<id>/`) can ever take a letter's address.
 */
export function letterPath(lang: Language, list: 'people' | 'search', slug: string, base = BASE): string {
	return pagePath(lang, `/${list}/letter/${slug}/`, base);
}
