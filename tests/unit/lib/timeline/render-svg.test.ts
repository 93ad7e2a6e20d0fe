import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../../src/lib/timeline/layout';
import { renderTimelineSvg } from '../../../../src/lib/timeline/render-svg';
import { WIDE } from '../../../../src/lib/timeline/presets';
import { HELD, SMALL, datum } from '../../../fixtures/timeline';

const render = (data = SMALL, options = {}) =>
	renderTimelineSvg(layoutTimeline(data, HELD, { preset: WIDE }), { idPrefix: 't', title: 'Test chart', ...options });

describe('renderTimelineSvg()', () => {
	it('matches the reviewed snapshot for a small fixture', async () => {
		const pretty = render().replaceAll('><', '>\n<');
		await expect(pretty).toMatchFileSnapshot('__snapshots__/timeline-small.svg');
	});

	it('is a labelled group of real links, never role="img"', () => {
		const svg = render();
		expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="t-title"/);
		expect(svg).not.toContain('role="img"');
		expect(svg.match(/<a class="mark[^"]*" href="\/events\/[^"]+\/"/g)).toHaveLength(SMALL.length);
	});

	it('escapes text from content', () => {
		const svg = render([
			datum({ id: 'x', date: '2025-01-01', names: ['<script>alert(1)</script>'], summary: '"quoted" & <b>' }),
		]);
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;');
		expect(svg).toContain('data-summary="&quot;quoted&quot; &amp; &lt;b&gt;"');
	});

	it('opens marks in a new tab for embeds and can highlight one wave', () => {
		const svg = render(SMALL, { linkTarget: '_blank', highlight: '2025-09-11-c' });
		expect(svg.match(/target="_blank" rel="noopener"/g)).toHaveLength(SMALL.length);
		expect(svg).toContain('class="mark kind-negotiated-release highlight"');
	});

	it('can stand alone as a file with its own styles', () => {
		const svg = render(SMALL, { standalone: true });
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).toContain('<style>');
	});
});
