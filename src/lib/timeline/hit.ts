/** A mark's centre in pixels, for hit testing. */
export interface HitPoint {
	id: string;
	x: number;
	y: number;
}

/**
 * Find the mark nearest to a pointer, within `reach` pixels: a tap anywhere near a wave picks
 * that wave, and of two close waves the nearer one, so no wave needs a large drawn target.
 * A linear scan: the chart draws at most a few hundred marks.
 */
export function nearestPoint<T extends HitPoint>(
	points: readonly T[],
	x: number,
	y: number,
	reach: number
): T | undefined {
	let best: T | undefined;
	let bestDistance = reach;
	for (const point of points) {
		const distance = Math.hypot(point.x - x, point.y - y);
		if (distance <= bestDistance) {
			best = point;
			bestDistance = distance;
		}
	}
	return best;
}
