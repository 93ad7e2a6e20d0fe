/**
 * Nudge sorted positions apart so neighbours are at least `spacing` apart, keeping each crowded
 * group centred on where its members really are, and within [min, max].
 */
export function dodge(xs: readonly number[], spacing: number, min: number, max: number): number[] {
	type Group = { start: number; size: number; centre: number };
	const groups: Group[] = [];
	const place = (g: Group) =>
		Math.min(Math.max(g.centre - ((g.size - 1) * spacing) / 2, min), max - (g.size - 1) * spacing);
	xs.forEach((x, i) => {
		let group: Group = { start: i, size: 1, centre: x };
		// Merge backwards while the previous group would collide with this one.
		for (let prev = groups.at(-1); prev && place(prev) + prev.size * spacing > place(group); prev = groups.at(-1)) {
			groups.pop();
			const size = prev.size + group.size;
			group = { start: prev.start, size, centre: (prev.centre * prev.size + group.centre * group.size) / size };
		}
		groups.push(group);
	});
	const out: number[] = [];
	for (const g of groups) for (let k = 0; k < g.size; k++) out.push(place(g) + k * spacing);
	return out;
}
