import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
	cachedPng,
	imageKey,
	pruneCache,
	readCachedPng,
	socialImageCacheDir,
	writeCachedPng,
} from '../../../../src/lib/social-image/png-cache';
import { isCompletePng, pngSize } from '../../../../src/lib/social-image/png';
import { svgToPng } from '../../../../src/lib/social-image/draw';

const svg = (fill: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="4" height="2" fill="${fill}"/></svg>`;

let red: Uint8Array;
let blue: Uint8Array;
let dir: string;

beforeAll(async () => {
	[red, blue] = await Promise.all([svgToPng(svg('red')), svgToPng(svg('blue'))]);
});
beforeEach(() => {
	dir = join(mkdtempSync(join(tmpdir(), 'png-cache-')), 'og');
});
afterEach(() => rmSync(resolve(dir, '..'), { recursive: true, force: true }));

/** A renderer that draws for real and counts its calls. */
const counting = () => vi.fn((source: string) => svgToPng(source));
const cache = (renderer = 'renderer 1') => ({ dir, renderer });

describe('pngSize() and isCompletePng()', () => {
	it('reads the size from the header and accepts a whole PNG', () => {
		expect(pngSize(red)).toEqual({ width: 4, height: 2 });
		expect(isCompletePng(red)).toBe(true);
	});

	it('refuses a file cut short, a damaged byte, trailing bytes and what is not a PNG', () => {
		const damaged = red.slice();
		damaged[40] = damaged[40]! ^ 0xff;
		expect(isCompletePng(red.subarray(0, red.length - 5))).toBe(false);
		expect(isCompletePng(damaged)).toBe(false);
		expect(isCompletePng(new Uint8Array([...red, 0]))).toBe(false);
		expect(isCompletePng(new TextEncoder().encode('<svg/>'))).toBe(false);
		expect(pngSize(new Uint8Array(0))).toBeUndefined();
	});
});

describe('imageKey()', () => {
	it('is the same for the same SVG and renderer, and changes with either', () => {
		const key = imageKey(svg('red'), 'renderer 1');
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(imageKey(svg('red'), 'renderer 1')).toBe(key);
		expect(imageKey(svg('blue'), 'renderer 1')).not.toBe(key);
		expect(imageKey(svg('red'), 'renderer 2')).not.toBe(key);
	});
});

describe('cachedPng()', () => {
	it('draws on a miss and stores the image; an unchanged SVG is then read, not drawn', async () => {
		const draw = counting();
		const first = await cachedPng(svg('red'), cache(), draw);
		const second = await cachedPng(svg('red'), cache(), draw);
		expect(first.hit).toBe(false);
		expect(second.hit).toBe(true);
		expect(draw).toHaveBeenCalledTimes(1);
		expect(second.png).toEqual(red);
		expect(readdirSync(dir)).toEqual([`${imageKey(svg('red'), 'renderer 1')}.png`]);
	});

	it('draws a changed SVG, or the same SVG for a new renderer, under a new key', async () => {
		const draw = counting();
		await cachedPng(svg('red'), cache(), draw);
		const changed = await cachedPng(svg('blue'), cache(), draw);
		const upgraded = await cachedPng(svg('red'), cache('renderer 2'), draw);
		expect([changed.hit, upgraded.hit]).toEqual([false, false]);
		expect(changed.png).toEqual(blue);
		expect(draw).toHaveBeenCalledTimes(3);
		expect(readdirSync(dir)).toHaveLength(3);
	});

	it('draws again, and repairs the cache, when the stored file is damaged or gone', async () => {
		const draw = counting();
		await cachedPng(svg('red'), cache(), draw);
		const file = join(dir, `${imageKey(svg('red'), 'renderer 1')}.png`);
		writeFileSync(file, red.subarray(0, 20));
		const afterDamage = await cachedPng(svg('red'), cache(), draw);
		rmSync(file);
		const afterLoss = await cachedPng(svg('red'), cache(), draw);
		expect([afterDamage.hit, afterLoss.hit]).toEqual([false, false]);
		expect(afterLoss.png).toEqual(red);
		expect(draw).toHaveBeenCalledTimes(3);
		expect(new Uint8Array(readFileSync(file))).toEqual(red);
	});

	it('never leaves a file a later build would take for a drawn image when the drawing fails', async () => {
		await expect(cachedPng(svg('red'), cache(), () => Promise.reject(new Error('no fonts')))).rejects.toThrow();
		expect(readCachedPng(dir, imageKey(svg('red'), 'renderer 1'))).toBeUndefined();
	});
});

describe('pruneCache()', () => {
	it('removes only the images the last build did not use; reading an image marks it used', () => {
		const [old, kept] = [imageKey('old', 'r'), imageKey('kept', 'r')];
		writeCachedPng(dir, old, red);
		writeCachedPng(dir, kept, blue);
		writeFileSync(join(dir, `${old}.123.tmp`), red.subarray(0, 9));
		const longAgo = new Date(Date.now() - 86_400_000);
		for (const name of readdirSync(dir)) utimesSync(join(dir, name), longAgo, longAgo);
		const buildStart = Date.now() - 1000;
		expect(readCachedPng(dir, kept)).toEqual(blue);
		expect(pruneCache(dir, buildStart)).toBe(2);
		expect(readdirSync(dir)).toEqual([`${kept}.png`]);
	});

	it('leaves alone files it did not write, in a folder that holds something else too', () => {
		writeCachedPng(dir, imageKey('old', 'r'), red);
		writeFileSync(join(dir, 'notes.txt'), 'mine');
		const longAgo = new Date(Date.now() - 86_400_000);
		for (const name of readdirSync(dir)) utimesSync(join(dir, name), longAgo, longAgo);
		expect(pruneCache(dir, Date.now())).toBe(1);
		expect(readdirSync(dir)).toEqual(['notes.txt']);
	});

	it('does nothing when there is no cache yet', () => {
		expect(pruneCache(join(dir, 'none'), Date.now())).toBe(0);
	});
});

describe('socialImageCacheDir()', () => {
	it('keeps images under node_modules/.cache unless SOCIAL_IMAGE_CACHE names a folder', () => {
		expect(socialImageCacheDir({})).toBe(resolve('node_modules/.cache/release-waves/og'));
		expect(socialImageCacheDir({ SOCIAL_IMAGE_CACHE: '/tmp/elsewhere' })).toBe('/tmp/elsewhere');
	});
});
