import { escapeXml as esc } from '../timeline/escape';
import { renderTimelineSvg } from '../timeline/render-svg';
import type { TimelineLayout } from '../timeline/types';

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

/** Compose a 1200×630 share image: title above the standalone timeline, with a footer. */
export function shareImageSvg(layout: TimelineLayout, text: ShareText, highlight?: string): string {
	const { width, height } = SHARE_SIZE;
	const titleLines = wrapText(text.title, 46).slice(0, 2);
	const chartTop = 90 + titleLines.length * 50;
	const chartHeight = height - chartTop - 50;
	// Nest the standalone chart, replacing its own size with the box it gets here.
	const chart = renderTimelineSvg(layout, {
		idPrefix: 'share',
		title: text.title,
		standalone: true,
		highlight,
	}).replace(
		/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" (viewBox="[^"]+") width="[^"]+" height="[^"]+"/,
		`<svg x="40" y="${chartTop}" width="${width - 80}" height="${chartHeight}" $1 preserveAspectRatio="xMidYMid meet"`
	);
	const title = titleLines
		.map(
			(line, i) =>
				`<text x="40" y="${118 + i * 50}" font-size="42" font-weight="700" fill="#1b1b1f">${esc(line)}</text>`
		)
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Liberation Sans">` +
		`<rect width="${width}" height="${height}" fill="#fdfdfb"/><rect width="${width}" height="10" fill="#8a1c1c"/>` +
		`<text x="40" y="62" font-size="24" fill="#8a1c1c" font-weight="700">${esc(text.kicker)}</text>${title}${chart}` +
		`<text x="40" y="${height - 20}" font-size="20" fill="#55565e">${esc(text.footer)}</text></svg>`
	);
}
