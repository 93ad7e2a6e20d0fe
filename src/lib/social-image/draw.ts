/**
 * Drawing a social image, in whichever thread calls it: the build's own (a few images) or a drawing worker (the
 * thousands of wave images; see draw-pool.ts). Node runs this file as it is in a worker, without Vite, so its
 * own imports name their files whole.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { encodePng, pngBands, type PngBands } from './png.ts';
import { paintOver } from './compose.ts';
import { perBackdrop } from './backdrop-memo.ts';
import type { SocialImageLayers } from './image-svg.ts';

const require = createRequire(import.meta.url);
const WASM = readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
const FONTS = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map(
	(name) => new Uint8Array(readFileSync(`src/assets/fonts/${name}`))
);
const SETTINGS = { defaultFontFamily: 'Liberation Sans', loadSystemFonts: false } as const;
const ENCODER = 'zlib deflate 5 in bands of 16 rows, RGBA, no row filter';
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

/** Draw an SVG with the bundled fonts only (no browser, no system fonts), and use the drawing before it is freed. */
async function drawing<T>(
	svg: string,
	use: (image: ReturnType<InstanceType<typeof Resvg>['render']>) => T
): Promise<T> {
	ready ??= initWasm(WASM);
	await ready;
	const resvg = new Resvg(svg, { font: { fontBuffers: FONTS, ...SETTINGS } });
	const image = resvg.render();
	try {
		return use(image);
	} finally {
		// Each drawing holds a 3 MB canvas in the renderer's memory until freed; thousands are drawn in one build.
		image.free();
		resvg.free();
	}
}

/** Rasterise an SVG to PNG. */
export function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
	return drawing(svg, (image) => {
		const pixels = image.pixels;
		// Copy into a plain ArrayBuffer-backed array, which Response accepts as a body.
		return isOpaque(pixels) ? encodePng(pixels, image.width, image.height) : new Uint8Array(image.asPng());
	});
}

interface Pixels {
	/** RGBA, alpha premultiplied. */
	rgba: Uint8Array;
	width: number;
	height: number;
}

/** The pixels of an SVG drawn at its own size. */
const pixelsOf = (svg: string) =>
	drawing(svg, (image): Pixels => ({ rgba: image.pixels, width: image.width, height: image.height }));

interface Backdrop extends Pixels {
	/** Its rows compressed, for the images over it to reuse. */
	bands: PngBands;
}

/** A backdrop, drawn when the first image over it is drawn and then shared by every image over it. */
const backdropOf = perBackdrop((svg) =>
	pixelsOf(svg).then((pixels): Backdrop => {
		if (!isOpaque(pixels.rgba)) throw new Error('a social image backdrop must be opaque: give it a background');
		return { ...pixels, bands: pngBands(pixels.rgba, pixels.width, pixels.height) };
	})
);

/** Draw a social image: its overlay painted over its backdrop, which is drawn only for the first image over it. */
export async function layersToPng({ backdrop, overlay }: SocialImageLayers): Promise<Uint8Array<ArrayBuffer>> {
	const [under, layer] = await Promise.all([backdropOf(backdrop), pixelsOf(overlay)]);
	return encodePng(paintOver(under.rgba, layer.rgba), under.width, under.height, undefined, under.bands);
}
