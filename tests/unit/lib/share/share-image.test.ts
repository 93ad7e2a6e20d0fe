import { describe, expect, it } from 'vitest';
import { shareImageSvg, wrapText } from '../../../../src/lib/share/share-image';
import { renderChart } from '../../../../src/lib/timeline/chart';
import { localeOf } from '../../../../src/i18n';
import { HELD, SMALL } from '../../../fixtures/timeline';

const loc = localeOf('en');

describe('wrapText()', () => {
	it('breaks at spaces within the width', () => {
		expect(wrapText('29 waves of political-prisoner releases in Belarus since 2020', 30)).toEqual([
			'29 waves of political-prisoner',
			'releases in Belarus since 2020',
		]);
	});
});

describe('shareImageSvg()', () => {
	it('nests the chart, placed by the renderer and scaled to fit, in a 1200×630 image with escaped text', () => {
		const svg = shareImageSvg(
			renderChart(SMALL, HELD, { kinds: [] }, { loc }).swarm.layout,
			{ kicker: 'Release Waves', title: 'A & B', footer: 'Sources <on> every entry' },
			loc
		);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
		expect(svg).toContain('A &amp; B');
		expect(svg).toContain('Sources &lt;on&gt; every entry');
		// The image, the box that scales the chart, the chart, and one nested svg per mark.
		expect(svg.match(/<svg /g)).toHaveLength(3 + SMALL.length);
		expect(svg).toMatch(
			/<svg x="40" y="\d+" width="1120" height="\d+" viewBox="0 0 1120 [\d.]+" preserveAspectRatio="xMidYMid meet"><svg class="timeline-svg" x="0" y="0" width="1120"/
		);
	});

	it('draws the chart in the language it is given', () => {
		const be = localeOf('be');
		const svg = shareImageSvg(
			renderChart(SMALL, HELD, { kinds: [] }, { loc: be }).swarm.layout,
			{ kicker: 'Release Waves', title: 'A', footer: 'B' },
			be
		);
		expect(svg).toContain(be.t.chart.dateAxis);
		expect(svg).not.toContain(loc.t.chart.dateAxis);
	});
});
