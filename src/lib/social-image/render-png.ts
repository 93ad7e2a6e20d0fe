import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { cachedPng, socialImageCacheDir } from './png-cache';
import { encodePng } from './png';

const require = createRequire(import.meta.url);
const WASM = readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
const FONTS = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map(
	(name) => new Uint8Array(readFileSync(`src/assets/fonts/${name}`))
);
const SETTINGS = { defaultFontFamily: 'Liberation Sans', loadSystemFonts: false } as const;
const ENCODER = 'zlib deflate 5, RGBA, no row filter';
let ready: Promise<void> | undefined;

/**
 * What draws the images, as the cache keys them: the renderer's own binary, the fonts and the settings,
 * so an upgrade or a new font draws every image again without anyone remembering to bump a number.
 */
export const RENDERER = `resvg-wasm ${[WASM, ...FONTS]
	.reduce((hash, bytes) => hash.update(bytes), createHash('sha256'))
	.digest('hex')
	.slice(0, 16)} ${JSON.stringify(SETTINGS)}; ${ENCODER}`;

/** True when no pixel lets the background through, so resvg's premultiplied pixels are also straight ones. */
function isOpaque(rgba: Uint8Array): boolean {
	for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
	return true;
}

/** Rasterise an SVG to PNG at build time, with the bundled fonts only (no browser, no system fonts). */
export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
	ready ??= initWasm(WASM);
	await ready;
	const resvg = new Resvg(svg, { font: { fontBuffers: FONTS, ...SETTINGS } });
	const image = resvg.render();
	try {
		const pixels = image.pixels;
		// Copy into a plain ArrayBuffer-backed array, which Response accepts as a body.
		return isOpaque(pixels) ? encodePng(pixels, image.width, image.height) : new Uint8Array(image.asPng());
	} finally {
		// Each drawing holds a 3 MB canvas in the renderer's memory until freed; thousands are drawn in one build.
		image.free();
		resvg.free();
	}
}

/** Rasterise a social image, or take the PNG drawn for the same SVG by an earlier build of this checkout. */
export async function socialPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
	const { png } = await cachedPng(svg, { dir: socialImageCacheDir(), renderer: RENDERER }, svgToPng);
	return new Uint8Array(png);
}
