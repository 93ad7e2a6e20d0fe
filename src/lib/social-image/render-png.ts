import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { cachedPng, socialImageCacheDir } from './png-cache';
import { encodePng, pngBands, type PngBands } from './png';
import { paintOver } from './compose';
import { SOCIAL_IMAGE_SIZE, type SocialImageLayers } from './image-svg';

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

/** Rasterise an SVG to PNG at build time. */
export function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
	return drawing(svg, (image) => {
		const pixels = image.pixels;
		// Copy into a plain ArrayBuffer-backed array, which Response accepts as a body.
		return isOpaque(pixels) ? encodePng(pixels, image.width, image.height) : new Uint8Array(image.asPng());
	});
}

/** RGBA pixels, alpha premultiplied, of an SVG drawn at its own size. */
const pixelsOf = (svg: string) => drawing(svg, (image) => image.pixels);

interface Backdrop {
	/** The hash of the backdrop's SVG, which with the overlay's SVG says what an image's pixels are. */
	hash: string;
	/**
	 * Its pixels, and their rows compressed for the images over it to reuse, drawn when an image over it is first
	 * drawn: a build whose images are all cached draws none.
	 */
	drawn: () => Promise<{ pixels: Uint8Array; bands: PngBands }>;
}

// A build has a handful per language (the room the words leave the chart varies); a long dev session keeps
// only the latest, as each content change lays the chart out anew.
const BACKDROPS_KEPT = 32;
const backdrops = new Map<string, Backdrop>();

/** A backdrop, hashed and drawn once and then shared by every image over it. */
function backdropOf(svg: string): Backdrop {
	let backdrop = backdrops.get(svg);
	if (!backdrop) {
		let drawn: Promise<{ pixels: Uint8Array; bands: PngBands }> | undefined;
		backdrop = {
			hash: createHash('sha256').update(svg).digest('hex'),
			drawn: () =>
				(drawn ??= pixelsOf(svg).then((pixels) => {
					if (!isOpaque(pixels)) throw new Error('a social image backdrop must be opaque: give it a background');
					return { pixels, bands: pngBands(pixels, SOCIAL_IMAGE_SIZE.width, SOCIAL_IMAGE_SIZE.height) };
				})),
		};
		backdrops.set(svg, backdrop);
		if (backdrops.size > BACKDROPS_KEPT) backdrops.delete(backdrops.keys().next().value!);
	}
	return backdrop;
}

/** Draw a social image: its overlay painted over its backdrop, which is drawn only for the first image over it. */
export async function layersToPng({ backdrop, overlay }: SocialImageLayers): Promise<Uint8Array<ArrayBuffer>> {
	const [under, layer] = await Promise.all([backdropOf(backdrop).drawn(), pixelsOf(overlay)]);
	const { width, height } = SOCIAL_IMAGE_SIZE;
	return encodePng(paintOver(under.pixels, layer), width, height, undefined, under.bands);
}

/**
 * Rasterise a social image, or take the PNG drawn by an earlier build of this checkout for the same backdrop and
 * overlay: the key holds the backdrop's hash, so a change to the chart redraws every image over it.
 */
export async function socialPng(layers: SocialImageLayers): Promise<Uint8Array<ArrayBuffer>> {
	const { hash } = backdropOf(layers.backdrop);
	const source = `layers\0${hash}\0${layers.overlay}`;
	const { png } = await cachedPng(source, { dir: socialImageCacheDir(), renderer: RENDERER }, () =>
		layersToPng(layers)
	);
	return new Uint8Array(png);
}
