import { escapeXml } from '../timeline/escape';
import { filterParams, type TimelineFilter } from '../timeline/filter';
import type { Language } from '../i18n/languages';
import { fill } from '../i18n/locale';
import { embedPath, pagePath, sitePath } from '../urls';
import { WAVE_CARD_HEIGHT } from './height';

/** The colours a host may force on an embed; `auto` follows the reader's setting. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** What a host page chose for its embed of the timeline. */
export interface EmbedOptions extends TimelineFilter {
	highlight?: string | undefined;
	theme?: EmbedTheme | undefined;
	/** The language of the embedded chart; English by default. */
	lang?: Language | undefined;
}

/** What a host page chose for its card of one wave. */
export interface CardOptions {
	wave: string;
	theme?: EmbedTheme | undefined;
	lang?: Language | undefined;
}

/** The site's address with the folder it is served from, ending in `/`, e.g. `https://mirror.example/rw/`. */
const rootOf = (root: string) => (root.endsWith('/') ? root : `${root}/`);

const withTheme = (params: URLSearchParams, theme: EmbedTheme | undefined) => {
	if (theme && theme !== 'auto') params.set('theme', theme);
	const query = params.toString();
	return query ? `?${query}` : '';
};

/** The embed's address under the site's `root`, e.g. `https://site/be/embed/?year=2025&theme=dark`. */
export function embedUrl(root: string, options: EmbedOptions): string {
	const params = filterParams(options);
	if (options.highlight) params.set('highlight', options.highlight);
	return `${embedPath(options.lang ?? 'en', undefined, rootOf(root))}${withTheme(params, options.theme)}`;
}

/** A wave card's address under the site's `root`, e.g. `https://site/ru/embed/wave/2025-12-13-x/?theme=dark`. */
export function waveCardUrl(root: string, options: CardOptions): string {
	return `${embedPath(options.lang ?? 'en', options.wave, rootOf(root))}${withTheme(new URLSearchParams(), options.theme)}`;
}

/**
 * The two lines a host page pastes: the frame and the resizing loader. Nothing in them needs the host's
 * CSP to allow inline styles: the width and border are attributes, and the height is the frame's final
 * one (see `height.ts`), so the loader only steps in when the content needs more.
 */
function frameSnippet(root: string, src: string, title: string, height: number, lang: Language | undefined): string {
	return (
		`<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" frameborder="0" loading="lazy"${lang && lang !== 'en' ? ` lang="${lang}"` : ''}></iframe>\n` +
		`<script async src="${escapeXml(sitePath('/embed.js', rootOf(root)))}"></script>`
	);
}

/** The snippet of the timeline, `height` tall (from `timelineFrameHeight`). */
export function embedSnippet(root: string, options: EmbedOptions, title: string, height: number): string {
	return frameSnippet(root, embedUrl(root, options), title, height, options.lang);
}

/** A card frame's title from the language's template and the wave's date in it: "Release wave in Belarus, 19 March 2026 (Release Waves)". */
export function cardFrameTitle(template: string, date: string): string {
	return fill(template, { date });
}

/** The snippet of one wave's card. */
export function waveCardSnippet(root: string, options: CardOptions, title: string): string {
	return frameSnippet(root, waveCardUrl(root, options), title, WAVE_CARD_HEIGHT, options.lang);
}

/** For hosts that allow no frames: the chart as a picture that links to the site, with its size so nothing moves. */
export function pictureSnippet(
	root: string,
	lang: Language,
	alt: string,
	size: { width: number; height: number }
): string {
	const base = rootOf(root);
	return `<a href="${escapeXml(pagePath(lang, '/', base))}"${lang === 'en' ? '' : ` lang="${lang}"`}><img src="${escapeXml(pagePath(lang, '/timeline.png', base))}" alt="${escapeXml(alt)}" width="${size.width}" height="${size.height}"></a>`;
}

/** The size of the PNG drawn from a standalone SVG: its root element's size, rounded up to whole pixels as resvg does. */
export function svgSize(svg: string): { width: number; height: number } {
	const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const read = (name: string) => Math.ceil(Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0));
	return { width: read('width'), height: read('height') };
}
