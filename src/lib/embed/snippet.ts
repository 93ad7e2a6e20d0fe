import { escapeXml } from '../timeline/escape';
import { filterParams, type TimelineFilter } from '../timeline/filter';

/** What a host page chose for its embed. */
export interface EmbedOptions extends TimelineFilter {
	highlight?: string | undefined;
	theme?: 'light' | 'dark' | 'auto' | undefined;
}

/** The embed's address on `origin`, e.g. `https://site/embed/?year=2025&theme=dark`. */
export function embedUrl(origin: string, options: EmbedOptions): string {
	const params = filterParams(options);
	if (options.highlight) params.set('highlight', options.highlight);
	if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
	const query = params.toString();
	return `${origin}/embed/${query ? `?${query}` : ''}`;
}

/** The two lines a host page pastes: the iframe and the resizing loader. */
export function embedSnippet(origin: string, options: EmbedOptions): string {
	const src = escapeXml(embedUrl(origin, options));
	return (
		`<iframe src="${src}" title="Political-prisoner release waves in Belarus (Release Waves)" style="width:100%;border:0" height="480" loading="lazy"></iframe>\n` +
		`<script async src="${escapeXml(origin)}/embed.js"></script>`
	);
}
