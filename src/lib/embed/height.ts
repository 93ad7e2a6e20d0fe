import { renderChart } from '../timeline/chart';
import { isFiltered } from '../timeline/filter';
import type { Language } from '../i18n/languages';
import type { ChartLocale, HeldDatum, TimelineDatum } from '../timeline/types';
import type { EmbedOptions } from './snippet';

/*
 * Why the snippet carries one height per choice of options, and no height per width: the embed page
 * fills its frame at any width. From 600 px on, where the time chart starts, its text keeps a 600 px
 * measure, so it wraps the same however wide the frame is, and the chart's height is fixed in pixels;
 * below that the rows take the room left and scroll. So the snippet's height is already the frame's
 * final one: the host's layout is complete before the frame loads, without JavaScript and however late
 * the loader runs (a height per width would need the loader to apply it before the first paint, which
 * an async script cannot promise). The loader only grows a frame whose content needs more: an older
 * snippet, a height a host typed in, a font much wider than DejaVu Sans.
 */

/**
 * Room the embed's words take around the chart, in CSS px: the title, legend, notes and credit from
 * 600 px on (`wide`), and the whole page at 288 px (a 320 px phone less the host's margins) with the
 * shortest list of rows (`phone`); a narrowed view also shows its "Show all waves" button and status
 * line, and its title and legend differ. Measured in Chromium with DejaVu Sans, one of the widest
 * system fonts (others leave a few pixels spare), over many views, with some 20 px to spare;
 * tests/e2e/embed.test.ts measures them again and fails, with the figures, when a frame would grow.
 */
const WORDS: Record<Language, Record<'plain' | 'narrowed', { wide: number; phone: number }>> = {
	en: { plain: { wide: 425, phone: 710 }, narrowed: { wide: 505, phone: 815 } },
	be: { plain: { wide: 475, phone: 825 }, narrowed: { wide: 545, phone: 935 } },
	ru: { plain: { wide: 500, phone: 890 }, narrowed: { wide: 545, phone: 970 } },
};

/** The frame height of the timeline embed, for a time chart `chartHeight` px tall. */
export function timelineFrameHeight(chartHeight: number, lang: Language, narrowed: boolean): number {
	const words = WORDS[lang][narrowed ? 'narrowed' : 'plain'];
	return Math.ceil(Math.max(chartHeight + words.wide, words.phone));
}

/** The frame height of the timeline embed with these options: the chart is the same height in every language. */
export function embedHeight(
	data: readonly TimelineDatum[],
	held: readonly HeldDatum[],
	options: EmbedOptions,
	loc: ChartLocale
): number {
	const chart = renderChart(data, held, options, { loc }).swarm.layout.height;
	return timelineFrameHeight(chart, options.lang ?? 'en', isFiltered(options));
}

/**
 * The frame height of a wave's card, in CSS px, at any width: each of its lines has a fixed height and
 * a greatest number of lines (src/pages/[...lang]/embed/wave/[id].astro), 348 px in all at most, and
 * spare room stays above the strip.
 */
export const WAVE_CARD_HEIGHT = 350;
