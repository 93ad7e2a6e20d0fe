import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-wasm';
import { encodePng, isCompletePng, pngSize } from '../../../../src/lib/social-image/png';
import { svgToPng } from '../../../../src/lib/social-image/render-png';

/** The pixels of a PNG written without row filters, as encodePng writes them. */
function unfilteredPixels(png: Uint8Array): Uint8Array {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const { width, height } = pngSize(png)!;
	let at = 8;
	while (view.getUint32(at + 4) !== 0x49444154) at += 12 + view.getUint32(at); // find "IDAT"
	const rows = inflateSync(png.subarray(at + 8, at + 8 + view.getUint32(at)));
	const stride = width * 4;
	expect([...Array(height).keys()].map((y) => rows[y * (stride + 1)])).toEqual(Array(height).fill(0));
	return new Uint8Array(
		Array.from({ length: height }, (_, y) => [...rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))]).flat()
	);
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
