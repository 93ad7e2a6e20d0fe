import { describe, expect, it } from 'vitest';
import { shareImageSvg, wrapText } from '../../../../src/lib/share/share-image';
import { layoutTimeline } from '../../../../src/lib/timeline/layout';
import { WIDE } from '../../../../src/lib/timeline/presets';
import { HELD, SMALL } from '../../../fixtures/timeline';

describe('wrapText()', () => {
	it('breaks at spaces within the width', () => {
		expect(wrapText('29 waves of political-prisoner releases in Belarus since 2020', 30)).toEqual([
			'29 waves of political-prisoner',
			'releases in Belarus since 2020',
		]);
	});
});

describe('shareImageSvg()', () => {
	it('nests the standalone chart in a 1200×630 image with escaped text', () => {
		const svg = shareImageSvg(layoutTimeline(SMALL, HELD, { preset: WIDE }), {
			kicker: 'Release Waves',
			title: 'A & B',
			footer: 'Sources <on> every entry',
		});
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
		expect(svg).toContain('A &amp; B');
		expect(svg).toContain('Sources &lt;on&gt; every entry');
		expect(svg.match(/<svg /g)).toHaveLength(2);
		expect(svg).not.toMatch(/<svg x="40"[^>]* width="\d+" height="\d+"[^>]* width=/);
	});
});
