import { escapeXml } from '../timeline/escape';
import { filterParams, type TimelineFilter } from '../timeline/filter';

/** What a host page chose for its embed. */
export interface EmbedOptions extends TimelineFilter {
	highlight?: string | undefined;
	theme?: 'light' | 'dark' | 'auto' | undefined;
}

/** The site's address with the folder it is served from, ending in `/`, e.g. `https://mirror.example/rw/`. */
const rootOf = (root: string) => (root.endsWith('/') ? root : `${root}/`);

/** The embed's address under the site's `root`, e.g. `https://site/embed/?year=2025&theme=dark`. */
export function embedUrl(root: string, options: EmbedOptions): string {
	const params = filterParams(options);
	if (options.highlight) params.set('highlight', options.highlight);
	if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
	const query = params.toString();
	return `${rootOf(root)}embed/${query ? `?${query}` : ''}`;
}

/** The two lines a host page pastes: the iframe and the resizing loader. */
export function embedSnippet(root: string, options: EmbedOptions): string {
	const src = escapeXml(embedUrl(root, options));
	return (
		`<iframe src="${src}" title="Political-prisoner release waves in Belarus (Release Waves)" style="width:100%;border:0" height="480" loading="lazy"></iframe>\n` +
		`<script async src="${escapeXml(rootOf(root))}embed.js"></script>`
	);
}
