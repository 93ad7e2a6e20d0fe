import { describe, expect, it } from 'vitest';
import {
	clampLines,
	markIdsOf,
	socialImageLayers,
	wrapText,
	type SocialImageLayers,
} from '../../../../src/lib/social-image/image-svg';
import { imageKey } from '../../../../src/lib/social-image/png-cache';
import { renderChart } from '../../../../src/lib/timeline/chart';
import { localeOf } from '../../../../src/i18n';
import { datum, HELD, SMALL } from '../../../fixtures/timeline';

const loc = localeOf('en');

describe('wrapText()', () => {
	it('breaks at spaces within the width', () => {
		expect(wrapText('29 waves of political-prisoner releases in Belarus since 2020', 30)).toEqual([
			'29 waves of political-prisoner',
			'releases in Belarus since 2020',
		]);
	});
});

describe('clampLines()', () => {
	it('keeps text that fits, and ends the last line in an ellipsis when it does not', () => {
		expect(clampLines('one two three', 8, 2)).toEqual(['one two', 'three']);
		expect(clampLines('one two three four five', 8, 2)).toEqual(['one two', 'three…']);
	});
});

const layoutOf = (data = SMALL) => renderChart(data, HELD, { kinds: [] }, { loc }).swarm.layout;
const text = { kicker: 'Release Waves', title: 'Wave d', line: '13 December 2025: 123 people released', footer: 'F' };
/** The classes of the mark drawn at each wave's place, in the order of the layout. */
const markClasses = (svg: string) => [...svg.matchAll(/<g class="(mark [^"]*)">/g)].map((m) => m[1]!);

/** Both layers of an image, as one text: what the cache's key is made of. */
const both = ({ backdrop, overlay }: SocialImageLayers) => `${backdrop}\0${overlay}`;
const picked = (svg: string) => markClasses(svg).filter((c) => c.includes('highlight'));

describe('socialImageLayers()', () => {
	it('nests the chart, placed by the renderer and scaled to fit, in a 1200×630 image with escaped text', () => {
		const { backdrop, overlay } = socialImageLayers(
			renderChart(SMALL, HELD, { kinds: [] }, { loc }).swarm.layout,
			{ kicker: 'Release Waves', title: 'A & B', footer: 'Sources <on> every entry' },
			loc
		);
		for (const layer of [backdrop, overlay])
			expect(layer).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
		expect(overlay).toContain('A &amp; B');
		expect(overlay).toContain('Sources &lt;on&gt; every entry');
		// The image, the box that scales the chart, the chart, and one nested svg per mark.
		expect(backdrop.match(/<svg /g)).toHaveLength(3 + SMALL.length);
		expect(backdrop).toMatch(
			/<svg x="40" y="\d+" width="1120" height="\d+" viewBox="0 0 1120 [\d.]+" preserveAspectRatio="xMidYMid meet" overflow="visible"><svg class="timeline-svg" x="0" y="0" width="1120" height="[\d.]+" font-size="\d+" overflow="visible">/
		);
	});

	it('draws the chart in the language it is given', () => {
		const be = localeOf('be');
		const { backdrop } = socialImageLayers(
			renderChart(SMALL, HELD, { kinds: [] }, { loc: be }).swarm.layout,
			{ kicker: 'Release Waves', title: 'A', footer: 'B' },
			be
		);
		expect(backdrop).toContain(be.t.chart.dateAxis);
		expect(backdrop).not.toContain(loc.t.chart.dateAxis);
	});
});

describe('socialImageLayers() for a page', () => {
	it('puts the title and its line above the chart and picks out the page’s wave with a ring', () => {
		const { backdrop, overlay } = socialImageLayers(layoutOf(), text, loc, [
			{ id: '2025-12-13-d', date: '2025-12-13' },
		]);
		expect(overlay).toContain('>Wave d</text>');
		expect(overlay).toContain('>13 December 2025: 123 people released</text>');
		expect(markClasses(backdrop)).toHaveLength(SMALL.length);
		expect(picked(backdrop)).toEqual([]);
		expect(picked(overlay)).toEqual(['mark kind-negotiated-release highlight']);
		expect(markClasses(overlay)).toHaveLength(1);
		expect(overlay.match(/class="ring"/g)).toHaveLength(1);
		for (const layer of [backdrop, overlay]) expect(layer).toContain('<svg class="spotlight"');
	});

	it('picks out every wave of a person, and dims nothing on the site’s own image', () => {
		const person = socialImageLayers(layoutOf(), text, loc, [
			{ id: '2020-10-11-a', date: '2020-10-11' },
			{ id: '2025-09-11-c', date: '2025-09-11' },
		]);
		expect(picked(person.overlay)).toHaveLength(2);
		const none = socialImageLayers(layoutOf(), text, loc);
		expect(markClasses(none.overlay)).toEqual([]);
		expect(both(none)).not.toContain('class="ring"');
		expect(both(none)).not.toContain('class="spotlight"');
	});

	it('draws a picture, not a page: no links, names or data for scripts', () => {
		const layers = socialImageLayers(layoutOf(), text, loc, [{ id: '2025-12-13-d', date: '2025-12-13' }]);
		for (const part of ['<a ', '<title', 'aria-label', 'data-summary', 'href=', 'class="hit"'])
			expect(both(layers)).not.toContain(part);
	});

	it('gives waves whose words take the same room one backdrop, drawn once for all of them', () => {
		const imageOf = (id: string, title: string) =>
			socialImageLayers(layoutOf(), { ...text, title }, loc, [{ id, date: id.slice(0, 10) }]);
		const [b, d] = [imageOf('2024-07-02-b', 'Wave b'), imageOf('2025-12-13-d', 'Wave d')];
		expect(b.backdrop).toBe(d.backdrop);
		expect(b.overlay).not.toBe(d.overlay);
		// A title on two lines leaves the chart less room: it moves, and so does its backdrop.
		expect(imageOf('2025-12-13-d', 'A title long enough to need a second line on the image').backdrop).not.toBe(
			d.backdrop
		);
	});

	it('keeps the backdrops of one chart apart by the room the words leave, the spotlight and the language', () => {
		const layout = layoutOf();
		const be = localeOf('be');
		const spotlit = socialImageLayers(layout, text, loc, [{ id: '2025-12-13-d', date: '2025-12-13' }]).backdrop;
		const plain = socialImageLayers(layout, text, loc).backdrop;
		const belarusian = socialImageLayers(layout, text, be, [{ id: '2025-12-13-d', date: '2025-12-13' }]).backdrop;
		const twoLines = socialImageLayers(
			layout,
			{ ...text, title: 'A title long enough to need a second line on the image' },
			loc,
			[{ id: '2025-12-13-d', date: '2025-12-13' }]
		).backdrop;
		expect(spotlit).toContain('class="spotlight"');
		expect(plain).not.toContain('class="spotlight"');
		expect(belarusian).toContain(be.t.chart.dateAxis);
		expect(new Set([spotlit, plain, belarusian, twoLines]).size).toBe(4);
		expect(
			socialImageLayers(layout, { ...text, title: 'Other' }, loc, [{ id: '2024-07-02-b', date: '2024-07-02' }]).backdrop
		).toBe(spotlit);
	});

	it('changes only the image of a wave whose words change, so the cache redraws only that one', () => {
		const retitled = SMALL.map((d) => (d.id === '2024-07-02-b' ? { ...d, title: 'A new title', summary: 'New.' } : d));
		const imageOf = (data: typeof SMALL, id: string, title: string) =>
			imageKey(both(socialImageLayers(layoutOf(data), { ...text, title }, loc, [{ id, date: id.slice(0, 10) }])), 'r');
		expect(imageOf(retitled, '2025-12-13-d', 'Wave d')).toBe(imageOf(SMALL, '2025-12-13-d', 'Wave d'));
		expect(imageOf(retitled, '2024-07-02-b', 'A new title')).not.toBe(imageOf(SMALL, '2024-07-02-b', 'Wave b'));
	});

	it('picks out the month that holds the wave when the chart groups waves by month', () => {
		const many = Array.from({ length: 200 }, (_, i) =>
			datum({ id: `w${i}`, date: new Date(Date.UTC(2021, 0, 1) + i * 5 * 86_400_000).toISOString().slice(0, 10) })
		);
		const layout = layoutOf(many);
		expect(layout.grouped).toBe('month');
		const wave = many[100]!;
		expect(markIdsOf(layout, [wave, many[101]!])).toEqual([wave.date.slice(0, 7)]);
		expect(picked(socialImageLayers(layout, text, loc, [wave]).overlay)).toHaveLength(1);
	});
});
