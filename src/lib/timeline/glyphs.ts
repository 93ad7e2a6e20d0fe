import type { EventKind } from '../content/vocabulary';
import { round } from './round';

/** Draw a kind's glyph centred on (cx, cy), so kinds differ by shape as well as colour. */
export function glyphPath(kind: EventKind | 'mixed', cx: number, cy: number, r: number): string {
	const [x, y, s] = [round(cx), round(cy), round(r)];
	switch (kind) {
		case 'pardon':
			return `M${round(x - s)},${y}a${s},${s} 0 1,0 ${round(2 * s)},0a${s},${s} 0 1,0 ${round(-2 * s)},0Z`;
		case 'negotiated-release':
			return `M${x},${round(y - s)}L${round(x + s)},${round(y + s)}L${round(x - s)},${round(y + s)}Z`;
		case 'exchange':
			return `M${x},${round(y - s)}L${round(x + s)},${y}L${x},${round(y + s)}L${round(x - s)},${y}Z`;
		case 'amnesty-law':
			return `M${round(x - s)},${round(y - s)}h${round(2 * s)}v${round(2 * s)}h${round(-2 * s)}Z`;
		case 'other':
			return `M${round(x - s)},${round(y - s)}L${round(x + s)},${round(y + s)}M${round(x + s)},${round(y - s)}L${round(x - s)},${round(y + s)}`;
		case 'mixed':
			return `M${round(x - s)},${y}h${round(2 * s)}M${x},${round(y - s)}v${round(2 * s)}`;
	}
}
