import type { Locale } from '../i18n/locale';
import type { HeldDatum, TimelineDatum } from '../timeline/types';
import { pagePath } from '../urls';
import { embedHeight, WAVE_CARD_HEIGHT } from './height';
import { cardFrameTitle, embedSnippet, waveCardSnippet } from './snippet';

/** An oEmbed 1.0 "rich" response (https://oembed.com/#section2.3): the HTML a platform puts in place of a pasted address. */
export interface OEmbed {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	/** Seconds a consumer may keep it: the content changes at most a few times a day. */
	cache_age: number;
}

/**
 * The width the embeds are drawn for, in CSS px: an article's column, as the share page previews it. The
 * frame fills any width; its height holds at every width.
 */
export const OEMBED_WIDTH = 700;

/** Describe an embeddable view for oEmbed consumers, from its snippet and the frame height in it. */
export function oembedDocument(view: {
	title: string;
	html: string;
	height: number;
	provider: { name: string; url: string };
}): OEmbed {
	return {
		type: 'rich',
		version: '1.0',
		title: view.title,
		provider_name: view.provider.name,
		provider_url: view.provider.url,
		html: view.html,
		width: OEMBED_WIDTH,
		height: view.height,
		cache_age: 86_400,
	};
}

const provider = (root: string, loc: Locale) => ({ name: loc.t.site.name, url: pagePath(loc.lang, '/', root) });

/** The timeline in a language, as it is first offered: the share page's first snippet is this one's `html`. */
export function timelineOembed(
	root: string,
	loc: Locale,
	timeline: { data: readonly TimelineDatum[]; held: readonly HeldDatum[] }
): OEmbed {
	const options = { kinds: [], lang: loc.lang };
	const height = embedHeight(timeline.data, timeline.held, options, loc);
	return oembedDocument({
		title: loc.t.chart.title,
		html: embedSnippet(root, options, loc.t.share.iframeTitle, height),
		height,
		provider: provider(root, loc),
	});
}

/** One wave's card in a language. */
export function waveOembed(root: string, loc: Locale, wave: { id: string; title: string; date: string }): OEmbed {
	return oembedDocument({
		title: wave.title,
		html: waveCardSnippet(
			root,
			{ wave: wave.id, lang: loc.lang },
			cardFrameTitle(loc.t.embed.cardFrameTitle, loc.date(wave.date))
		),
		height: WAVE_CARD_HEIGHT,
		provider: provider(root, loc),
	});
}
