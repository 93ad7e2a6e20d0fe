import { round } from './round';
/** An axis-aligned rectangle. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** A label placed with a leader line to its mark, in pixels at the layout's reference width. */
export interface PlacedAnnotation {
	id: string;
	/** x of the leader line (the mark's centre). */
	x: number;
	/** x where the text starts or ends, depending on `anchor`. */
	textX: number;
	anchor: 'start' | 'end';
	/** Baseline of the first line. */
	y: number;
	lines: string[];
	box: Box;
	leaderTop: number;
	leaderBottom: number;
}

/** A mark that deserves a label, in order of priority. */
export interface AnnotationCandidate {
	id: string;
	x: number;
	/** Top of the mark (including its kind glyph); the leader line stops just above it. */
	markTop: number;
	lines: string[];
}

/** Where annotations may go: a band of rows above the bars. */
export interface AnnotationBand {
	rows: number;
	rowHeight: number;
	/** y of the band's bottom edge; row 0 sits just above it. */
	bottom: number;
	left: number;
	right: number;
	fontSize: number;
}

const PAD = 6;
const GAP = 4;

/** Estimate text width for system sans-serif fonts (no DOM at build time). */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.56;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 + PAD && b.x0 < a.x1 + PAD && a.y0 < b.y1 && b.y0 < a.y1;
const within = (x: number, box: Box) => x > box.x0 - PAD / 2 && x < box.x1 + PAD / 2;

function candidateBox(c: AnnotationCandidate, band: AnnotationBand, row: number, anchor: 'start' | 'end'): Box {
	const width = Math.max(...c.lines.map((line) => textWidth(line, band.fontSize)));
	const y1 = band.bottom - row * band.rowHeight;
	const y0 = y1 - band.rowHeight + 2;
	return anchor === 'start' ? { x0: c.x, y0, x1: c.x + GAP + width, y1 } : { x0: c.x - GAP - width, y0, x1: c.x, y1 };
}

/**
 * Place labels greedily, highest priority first, in the highest free row, on the side with room:
 * the most important label then sits above the others, and the leaders of later labels stay short.
 * A label never overlaps another label, no leader line crosses a label, and labels stay in the band,
 * above the marks; a label that cannot be placed is left out rather than drawn over something.
 */
export function placeAnnotations(candidates: readonly AnnotationCandidate[], band: AnnotationBand): PlacedAnnotation[] {
	const placed: (PlacedAnnotation & { row: number })[] = [];
	const mid = (band.left + band.right) / 2;
	for (const c of candidates) {
		const sides: ('start' | 'end')[] = c.x > mid ? ['end', 'start'] : ['start', 'end'];
		search: for (let row = band.rows - 1; row >= 0; row--) {
			for (const anchor of sides) {
				const box = candidateBox(c, band, row, anchor);
				if (box.x0 < band.left || box.x1 > band.right) continue;
				const clash = placed.some(
					(p) => overlaps(p.box, box) || (p.row < row && within(c.x, p.box)) || (p.row > row && within(p.x, box))
				);
				if (clash) continue;
				placed.push({
					id: c.id,
					row,
					x: round(c.x),
					textX: round(anchor === 'start' ? c.x + GAP : c.x - GAP),
					anchor,
					y: round(box.y0 + band.fontSize),
					lines: c.lines,
					box: { x0: round(box.x0), y0: round(box.y0), x1: round(box.x1), y1: round(box.y1) },
					leaderTop: round(box.y0 + 2),
					leaderBottom: round(c.markTop - 2),
				});
				break search;
			}
		}
	}
	return placed.map(({ row: _row, ...annotation }) => annotation);
}
