import { escapeXml as esc } from '../timeline/escape';
import { STANDALONE_STYLE } from '../timeline/frame';
import { SWARM } from '../timeline/presets';
import { renderSwarmSvg } from '../timeline/render-swarm';
import type { ChartLocale, SwarmLayout } from '../timeline/types';

/** The words on a share image. */
export interface ShareText {
	/** Small line above the title, e.g. the date. */
	kicker: string;
	title: string;
	footer: string;
}

export const SHARE_SIZE = { width: 1200, height: 630 } as const;

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

/** Compose a 1200×630 share image: title above the time chart, scaled to the room left, with a footer. */
export function shareImageSvg(layout: SwarmLayout, text: ShareText, loc: ChartLocale, highlight?: string): string {
	const { width, height } = SHARE_SIZE;
	const titleLines = wrapText(text.title, 46).slice(0, 2);
	const chartTop = 90 + titleLines.length * 50;
	const chartWidth = width - 80;
	// The renderer places the chart at a fixed width, so its percentages resolve; the wrapper scales it to fit.
	const chart = renderSwarmSvg(
		layout,
		{ idPrefix: 'share', title: text.title, highlight, position: { x: 0, y: 0, width: chartWidth }, loc },
		SWARM.target
	);
	const title = titleLines
		.map(
			(line, i) =>
				`<text x="40" y="${118 + i * 50}" font-size="42" font-weight="700" fill="#1b1b1f">${esc(line)}</text>`
		)
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Liberation Sans"><style>${STANDALONE_STYLE}</style>` +
		`<rect width="${width}" height="${height}" fill="#fdfdfb"/><rect width="${width}" height="10" fill="#8a1c1c"/>` +
		`<text x="40" y="62" font-size="24" fill="#8a1c1c" font-weight="700">${esc(text.kicker)}</text>${title}` +
		`<svg x="40" y="${chartTop}" width="${chartWidth}" height="${height - chartTop - 50}" viewBox="0 0 ${chartWidth} ${layout.height}" preserveAspectRatio="xMidYMid meet">${chart}</svg>` +
		`<text x="40" y="${height - 20}" font-size="20" fill="#55565e">${esc(text.footer)}</text></svg>`
	);
}
