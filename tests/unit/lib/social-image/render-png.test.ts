import { afterEach, describe, expect, it, vi } from 'vitest';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-wasm';
import {
	adler32,
	adler32Combine,
	encodePng,
	isCompletePng,
	pngBands,
	pngSize,
} from '../../../../src/lib/social-image/png';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layersToPng, svgToPng } from '../../../../src/lib/social-image/draw';
import { drawAhead, socialPng } from '../../../../src/lib/social-image/render-png';
import { socialImageLayers, type SocialImageLayers } from '../../../../src/lib/social-image/image-svg';
import { renderChart } from '../../../../src/lib/timeline/chart';
import { localeOf } from '../../../../src/i18n';
import { HELD, SMALL } from '../../../fixtures/timeline';

/** The pixels of a PNG written without row filters, as encodePng writes them. */
function unfilteredPixels(png: Uint8Array): Uint8Array {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const { width, height } = pngSize(png)!;
	let at = 8;
	while (view.getUint32(at + 4) !== 0x49444154) at += 12 + view.getUint32(at); // find "IDAT"
	const rows = inflateSync(png.subarray(at + 8, at + 8 + view.getUint32(at)));
	const stride = width * 4;
	expect([...Array(height).keys()].map((y) => rows[y * (stride + 1)])).toEqual(Array(height).fill(0));
	const pixels = new Uint8Array(stride * height);
	for (let y = 0; y < height; y++) pixels.set(rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
	return pixels;
}

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="3" height="2">${body}</svg>`;

describe('encodePng()', () => {
	it('writes a whole PNG of the given size that holds exactly the given pixels', () => {
		const pixels = new Uint8Array(Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256));
		const png = encodePng(pixels, 3, 2);
		expect(isCompletePng(png)).toBe(true);
		expect(pngSize(png)).toEqual({ width: 3, height: 2 });
		expect(unfilteredPixels(png)).toEqual(pixels);
	});
});

describe('adler32() and adler32Combine()', () => {
	it('give zlib’s checksum of bytes, and of two runs of bytes from the checksums of each', () => {
		const bytes = (text: string) => new TextEncoder().encode(text);
		expect(adler32(bytes('Wikipedia'))).toBe(0x11e60398);
		const [first, second] = [bytes('Wiki'), bytes('pedia'.repeat(20_000))];
		expect(adler32Combine(adler32(first), adler32(second), second.length)).toBe(
			adler32(bytes(`Wiki${'pedia'.repeat(20_000)}`))
		);
	});
});

describe('encodePng() over a picture compressed in bands', () => {
	const [width, height] = [40, 50];
	const picture = new Uint8Array(Array.from({ length: width * height * 4 }, (_, i) => (i * 7) % 251));

	it('writes the image’s own pixels, whether it shares every band with the picture, some, or none', () => {
		const bands = pngBands(picture, width, height);
		const changed = new Uint8Array(picture);
		changed.fill(9, width * 4 * 20, width * 4 * 21); // one row, in the second band
		const other = new Uint8Array(picture.length).fill(200);
		for (const image of [picture, changed, other]) {
			const png = encodePng(image, width, height, 5, bands);
			expect(isCompletePng(png)).toBe(true);
			// inflateSync checks the stream's checksum, which covers the reused bands too.
			expect(unfilteredPixels(png)).toEqual(image);
		}
	});
});

describe('svgToPng()', () => {
	it('draws an opaque image pixel for pixel as the renderer does', async () => {
		const opaque = svg('<rect width="3" height="2" fill="#fdfdfb"/><rect width="1" height="2" fill="#8a1c1c"/>');
		const png = await svgToPng(opaque);
		expect(unfilteredPixels(png)).toEqual(new Resvg(opaque).render().pixels);
		expect([...unfilteredPixels(png).subarray(0, 4)]).toEqual([0x8a, 0x1c, 0x1c, 255]);
	});

	it('leaves an image that lets the background through to the renderer’s encoder, which keeps its colours', async () => {
		const translucent = svg('<rect width="3" height="2" fill="red" fill-opacity="0.5"/>');
		expect(await svgToPng(translucent)).toEqual(new Uint8Array(new Resvg(translucent).render().asPng()));
	});
});

const loc = localeOf('en');
const wave = (title: string) =>
	socialImageLayers(
		renderChart(SMALL, HELD, { kinds: [] }, { loc }).swarm.layout,
		{ kicker: 'Release Waves', title, line: '13 December 2025: 123 people released', footer: 'Sources' },
		loc,
		[{ id: '2025-12-13-d', date: '2025-12-13' }]
	);
/** The image as one SVG: the overlay's shapes drawn after the backdrop's, as the layers are painted. */
const asOneSvg = ({ backdrop, overlay }: SocialImageLayers) =>
	backdrop.replace(/<\/svg>$/, '') + overlay.replace(/^.*?<\/style>/, '');
function largestDifference(a: Uint8Array, b: Uint8Array): number {
	let largest = 0;
	for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(a[i]! - b[i]!));
	return largest;
}

describe('layersToPng()', () => {
	it('draws an image as the renderer draws it in one piece, to two steps in 255 of a colour channel', async () => {
		const layers = wave('Wave d');
		const [layered, whole] = await Promise.all([layersToPng(layers), svgToPng(asOneSvg(layers))]);
		expect(pngSize(layered)).toEqual({ width: 1200, height: 630 });
		// The edges of the words and marks are blended in two roundings instead of one; a step is 1/255 of a channel.
		expect(largestDifference(unfilteredPixels(layered), unfilteredPixels(whole))).toBeLessThanOrEqual(2);
	});
});

describe('socialPng()', () => {
	const dirs: string[] = [];
	const cacheDir = () => {
		const dir = mkdtempSync(join(tmpdir(), 'og-layers-'));
		dirs.push(dir);
		vi.stubEnv('SOCIAL_IMAGE_CACHE', dir);
		return dir;
	};
	afterEach(() => {
		vi.unstubAllEnvs();
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('draws in a worker the very image the build’s own thread draws', async () => {
		cacheDir();
		const layers = wave('Wave d');
		expect(await socialPng(layers)).toEqual(await layersToPng(layers));
	});

	it('draws an image again when its words or its backdrop change, and takes it from the cache otherwise', async () => {
		const dir = cacheDir();
		const layers = wave('Wave d');
		const first = await socialPng(layers);
		expect(await socialPng(layers)).toEqual(first);
		expect(readdirSync(dir)).toHaveLength(1);
		await socialPng(wave('Wave e'));
		expect(readdirSync(dir)).toHaveLength(2);
		const newBackground = { ...layers, backdrop: layers.backdrop.replace('fill="#fdfdfb"', 'fill="#ffffff"') };
		const redrawn = await socialPng(newBackground);
		expect(readdirSync(dir)).toHaveLength(3);
		expect(unfilteredPixels(redrawn)[4 * 1200 * 20]).toBe(255);
		expect(unfilteredPixels(first)[4 * 1200 * 20]).toBe(0xfd);
	});

	it('gives the image drawn ahead, once: asked for again, it is drawn again', async () => {
		const early = cacheDir();
		const layers = wave('Wave f');
		drawAhead([layers, layers]);
		const late = cacheDir();
		const png = await socialPng(layers);
		expect(readdirSync(early)).toHaveLength(1);
		expect(readdirSync(late)).toHaveLength(0);
		expect(await socialPng(layers)).toEqual(png);
		expect(readdirSync(late)).toHaveLength(1);
	});

	it('fails with the renderer’s reason, also for an image drawn ahead, and goes on drawing the next', async () => {
		cacheDir();
		const layers = wave('Wave g');
		const seeThrough = { ...layers, backdrop: layers.backdrop.replace('fill="#fdfdfb"', 'fill="none"') };
		expect(seeThrough.backdrop).not.toEqual(layers.backdrop);
		drawAhead([seeThrough]);
		await expect(socialPng(seeThrough)).rejects.toThrow(/backdrop must be opaque/);
		expect(pngSize(await socialPng(layers))).toEqual({ width: 1200, height: 630 });
	});
});
