import { describe, expect, it } from 'vitest';
import { renderWaveStrip, STRIP } from '../../../../src/lib/embed/strip';
import { localeOf } from '../../../../src/i18n';
import { HELD, SMALL } from '../../../fixtures/timeline';

const en = localeOf('en');
const marks = (svg: string) =>
	[...svg.matchAll(/<svg x="([\d.]+)%" y="([\d.]+)" overflow="visible" class="kind-([a-z-]+)( chosen)?">/g)].map(
		([, x, y, kind, chosen]) => ({ x: Number(x), y: Number(y), kind, chosen: Boolean(chosen) })
	);

describe('renderWaveStrip()', () => {
	const svg = renderWaveStrip(SMALL, HELD, '2024-07-02-b', 'Where "it" falls', en);

	it('draws every wave once, in date order along the axis, at a fixed height and in percentages', () => {
		const drawn = marks(svg);
		expect(drawn).toHaveLength(SMALL.length);
		expect(svg).toMatch(new RegExp(`^<svg class="wave-strip" width="100%" height="${STRIP.height}"`));
		const others = drawn.filter((m) => !m.chosen).map((m) => m.x);
		expect(others).toEqual(others.toSorted((a, b) => a - b));
		for (const m of drawn) {
			expect(m.x).toBeGreaterThanOrEqual(STRIP.left);
			expect(m.x).toBeLessThanOrEqual(STRIP.right);
		}
	});

	it('draws the chosen wave last, over its neighbours, big enough to find, with a leader', () => {
		const drawn = marks(svg);
		expect(drawn.at(-1)).toMatchObject({ chosen: true, kind: 'pardon' });
		expect(drawn.filter((m) => m.chosen)).toHaveLength(1);
		expect(STRIP.axis - drawn.at(-1)!.y).toBeGreaterThanOrEqual(STRIP.chosenRadius);
		expect(svg).toContain('class="strip-leader"');
	});

	it('is one labelled picture, with year ticks in the language', () => {
		expect(svg).toContain('role="img" aria-label="Where &quot;it&quot; falls"');
		expect(svg).not.toContain('<a ');
		expect([...svg.matchAll(/class="tick-label"[^>]*>(\d{4})</g)].map((m) => m[1])).toContain('2024');
	});

	it('emphasises nothing for an id it does not know', () => {
		expect(marks(renderWaveStrip(SMALL, HELD, 'nope', 'x', en)).some((m) => m.chosen)).toBe(false);
	});
});
