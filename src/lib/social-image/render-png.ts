import { createHash } from 'node:crypto';
import { cachedPng, socialImageCacheDir } from './png-cache';
import { drawInWorker } from './draw-pool';
import { RENDERER } from './draw';
import { perBackdrop } from './backdrop-memo';
import type { SocialImageLayers } from './image-svg';

/** The hash of a backdrop, the same large chart under many images, computed once. */
const backdropHash = perBackdrop((svg) => createHash('sha256').update(svg).digest('hex'));

/** What says an image's pixels: its backdrop and its overlay. */
const sourceOf = ({ backdrop, overlay }: SocialImageLayers) => `layers\0${backdropHash(backdrop)}\0${overlay}`;

/**
 * Rasterise a social image, or take the PNG drawn by an earlier build of this checkout for the same backdrop and
 * overlay: a change to the chart redraws every image over it. Drawn in a worker thread.
 */
async function drawOrTake(source: string, layers: SocialImageLayers): Promise<Uint8Array<ArrayBuffer>> {
	const { png } = await cachedPng(source, { dir: socialImageCacheDir(), renderer: RENDERER }, () =>
		drawInWorker(layers)
	);
	return new Uint8Array(png);
}

const ahead = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * Start drawing images that will be asked for later. The build asks for each image page by page, one after the
 * other; images started when the build lists its pages are drawn on the other cores while it renders the rest.
 */
export function drawAhead(images: readonly SocialImageLayers[]): void {
	for (const layers of images) {
		const source = sourceOf(layers);
		if (ahead.has(source)) continue;
		const png = drawOrTake(source, layers);
		// A failure is reported when the image is asked for, not as a rejection nobody awaited.
		png.catch(() => {});
		ahead.set(source, png);
	}
}

/** A social image: the one drawn ahead, or drawn now. */
export function socialPng(layers: SocialImageLayers): Promise<Uint8Array<ArrayBuffer>> {
	const source = sourceOf(layers);
	const started = ahead.get(source);
	ahead.delete(source);
	return started ?? drawOrTake(source, layers);
}
