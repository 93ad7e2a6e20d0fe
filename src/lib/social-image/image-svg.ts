import { escapeXml as esc } from '../timeline/escape';
import { STANDALONE_STYLE } from '../timeline/frame';
import { SWARM } from '../timeline/presets';
import { renderMark, renderSwarmSvg } from '../timeline/render-swarm';
import type { ChartLocale, SwarmLayout } from '../timeline/types';

/** The words on a social image. */
export interface SocialImageText {
	/** Small line above the title, e.g. the site's name. */
	kicker: string;
	title: string;
	/** A line under the title: a wave's date and count, a person's story. */
	line?: string | undefined;
	footer: string;
}

/** A wave to pick out on the chart: its id, and its date for charts that group waves by month or year. */
export interface HighlightedWave {
	id: string;
	date: string;
}

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

// Dim every mark but the highlighted ones; fill and stroke opacity rather than group opacity, which resvg
// would draw as one offscreen layer per mark.
const SPOTLIGHT_STYLE =
	'.spotlight .glyph{fill-opacity:.12;stroke-opacity:.3}.spotlight .pp{fill-opacity:.15}.spotlight .highlight .glyph{fill-opacity:.85;stroke-opacity:1;stroke:#1b1b1f;stroke-width:2.5}.ring{fill:none;stroke:#1b1b1f;stroke-width:3}';

/** Break text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** Wrap text into at most `count` lines; when it needs more, the last line ends in an ellipsis. */
export function clampLines(text: string, max: number, count: number): string[] {
	const lines = wrapText(text, max);
	if (lines.length <= count) return lines;
	const kept = lines.slice(0, count);
	kept[count - 1] = `${kept[count - 1]!.slice(0, max - 1).trimEnd()}…`;
	return kept;
}

/** The marks that draw these waves: each wave's own, or the month or year that groups it. */
export function markIdsOf(layout: SwarmLayout, waves: readonly HighlightedWave[]): string[] {
	const keyOf = {
		none: (w: HighlightedWave) => w.id,
		month: (w: HighlightedWave) => w.date.slice(0, 7),
		year: (w: HighlightedWave) => w.date.slice(0, 4),
	}[layout.grouped];
	return [...new Set(waves.map(keyOf))];
}

const textLines = (lines: readonly string[], top: number, step: number, attributes: string) =>
	lines.map((line, i) => `<text x="40" y="${top + i * step}" ${attributes}>${esc(line)}</text>`).join('');

/**
 * A social image in two layers. The backdrop holds the background and the whole chart, every mark dimmed when
 * some are picked out: it depends only on the chart and on how many lines the words take, so one drawing serves
 * thousands of images of a language. The overlay, transparent elsewhere, holds the page's words and its picked-out
 * marks, placed where the backdrop's chart puts them.
 */
export interface SocialImageLayers {
	backdrop: string;
	overlay: string;
}

const backdrops = new WeakMap<SwarmLayout, WeakMap<ChartLocale, Map<string, string>>>();

/**
 * A backdrop rendered once per chart, language, place and spotlight: thousands of images of a build share a
 * handful, and rendering the whole chart for each, and holding each copy while it waits to be drawn, would cost
 * more than drawing their words.
 */
function remembered(layout: SwarmLayout, loc: ChartLocale, key: string, render: () => string): string {
	let perLocale = backdrops.get(layout);
	if (!perLocale) backdrops.set(layout, (perLocale = new WeakMap<ChartLocale, Map<string, string>>()));
	let perKey = perLocale.get(loc);
	if (!perKey) perLocale.set(loc, (perKey = new Map<string, string>()));
	let svg = perKey.get(key);
	if (svg === undefined) perKey.set(key, (svg = render()));
	return svg;
}

/**
 * Compose a 1200×630 social image: the title and its line above the time chart, scaled to the room left,
 * with the given waves picked out, and a footer.
 */
export function socialImageLayers(
	layout: SwarmLayout,
	text: SocialImageText,
	loc: ChartLocale,
	highlight: readonly HighlightedWave[] = []
): SocialImageLayers {
	const { width, height } = SOCIAL_IMAGE_SIZE;
	const titleLines = clampLines(text.title, 46, 2);
	const lineLines = text.line ? clampLines(text.line, 72, 2) : [];
	const lineTop = 118 + (titleLines.length - 1) * 50 + 44;
	const chartTop = (lineLines.length ? lineTop + (lineLines.length - 1) * 36 : lineTop - 44) + 22;
	const chartWidth = width - 80;
	const marks = markIdsOf(layout, highlight);
	// The renderer places the chart at a fixed width, so its percentages resolve; the box scales it to fit.
	const options = {
		idPrefix: 'share',
		title: text.title,
		still: true,
		position: { x: 0, y: 0, width: chartWidth },
		loc,
	};
	const box = (chart: string) =>
		`<svg${marks.length ? ' class="spotlight"' : ''} x="40" y="${chartTop}" width="${chartWidth}" height="${height - chartTop - 50}" viewBox="0 0 ${chartWidth} ${layout.height}" preserveAspectRatio="xMidYMid meet" overflow="visible">${chart}</svg>`;
	const image = (body: string) =>
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Liberation Sans"><style>${STANDALONE_STYLE}${SPOTLIGHT_STYLE}</style>${body}</svg>`;
	const picked = layout.marks
		.filter((m) => marks.includes(m.id))
		.map((m) => renderMark(m, { ...options, highlight: marks }, SWARM.target))
		.join('');
	return {
		backdrop: remembered(layout, loc, `${chartTop} ${marks.length > 0}`, () =>
			image(
				`<rect width="${width}" height="${height}" fill="#fdfdfb"/><rect width="${width}" height="10" fill="#8a1c1c"/>` +
					box(renderSwarmSvg(layout, options, SWARM.target))
			)
		),
		overlay: image(
			`<text x="40" y="62" font-size="24" fill="#8a1c1c" font-weight="700">${esc(text.kicker)}</text>` +
				textLines(titleLines, 118, 50, 'font-size="42" font-weight="700" fill="#1b1b1f"') +
				textLines(lineLines, lineTop, 36, 'font-size="28" fill="#1b1b1f"') +
				(picked
					? box(`<svg x="0" y="0" width="${chartWidth}" height="${layout.height}" overflow="visible">${picked}</svg>`)
					: '') +
				`<text x="40" y="${height - 20}" font-size="20" fill="#55565e">${esc(text.footer)}</text>`
		),
	};
}
