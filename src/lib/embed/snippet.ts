import { escapeXml } from '../timeline/escape';
import { filterParams, type TimelineFilter } from '../timeline/filter';
import type { Language } from '../i18n/languages';
import { languagePrefix } from '../urls';

/** What a host page chose for its embed. */
export interface EmbedOptions extends TimelineFilter {
	highlight?: string | undefined;
	theme?: 'light' | 'dark' | 'auto' | undefined;
	/** The language of the embedded chart; English by default. */
	lang?: Language | undefined;
}

/** The site's address with the folder it is served from, ending in `/`, e.g. `https://mirror.example/rw/`. */
const rootOf = (root: string) => (root.endsWith('/') ? root : `${root}/`);

/** The embed's address under the site's `root`, e.g. `https://site/be/embed/?year=2025&theme=dark`. */
export function embedUrl(root: string, options: EmbedOptions): string {
	const params = filterParams(options);
	if (options.highlight) params.set('highlight', options.highlight);
	if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
	const query = params.toString();
	return `${rootOf(root)}${languagePrefix(options.lang ?? 'en').slice(1)}embed/${query ? `?${query}` : ''}`;
}

/** The two lines a host page pastes: the iframe and the resizing loader. */
export function embedSnippet(root: string, options: EmbedOptions, title: string): string {
	const src = escapeXml(embedUrl(root, options));
	return (
		`<iframe src="${src}" title="${escapeXml(title)}" style="width:100%;border:0" height="480" loading="lazy"${options.lang && options.lang !== 'en' ? ` lang="${options.lang}"` : ''}></iframe>\n` +
		`<script async src="${escapeXml(rootOf(root))}embed.js"></script>`
	);
}
