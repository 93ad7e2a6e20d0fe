/**
 * The one place links are built. The site may be served from any folder (a mirror, a project page,
 * a copy on a USB stick): `SITE_BASE=/some/folder/ npm run build` sets it, and every internal link,
 * asset and data address goes through `sitePath`.
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
