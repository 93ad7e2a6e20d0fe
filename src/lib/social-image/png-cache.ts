import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isCompletePng } from './png';

/** Where drawn images are kept between builds, and what drew them. */
export interface PngCache {
	/** A folder that survives between builds of one checkout; created when first written. */
	dir: string;
	/** The renderer and its fonts: a new version draws every image again. */
	renderer: string;
}

/** The key of an image: SHA-256 of the renderer's version and the final SVG, so a change to either misses. */
export function imageKey(svg: string, renderer: string): string {
	return createHash('sha256').update(renderer).update('\0').update(svg).digest('hex');
}

const fileOf = (dir: string, key: string) => join(dir, `${key}.png`);

/**
 * Read a drawn image, and mark it used now (its modification time, which pruning reads). Undefined when
 * there is none or the file is not a whole PNG, as after an interrupted write or damage on disk.
 */
export function readCachedPng(dir: string, key: string): Uint8Array | undefined {
	const file = fileOf(dir, key);
	let bytes: Uint8Array;
	try {
		const buffer = readFileSync(file);
		bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
	} catch {
		return undefined;
	}
	if (!isCompletePng(bytes)) return undefined;
	const now = new Date();
	utimesSync(file, now, now);
	return bytes;
}

/** Store a drawn image; written whole or not at all (a temporary file, then a rename), so readers never see half. */
export function writeCachedPng(dir: string, key: string, png: Uint8Array): void {
	mkdirSync(dir, { recursive: true });
	const partial = join(dir, `${key}.${process.pid}.tmp`);
	writeFileSync(partial, png);
	renameSync(partial, fileOf(dir, key));
}

/** The PNG of an SVG: the one drawn before for the same SVG and renderer, or a new drawing, stored for next time. */
export async function cachedPng(
	svg: string,
	cache: PngCache,
	draw: (svg: string) => Promise<Uint8Array>
): Promise<{ png: Uint8Array; hit: boolean }> {
	const key = imageKey(svg, cache.renderer);
	const cached = readCachedPng(cache.dir, key);
	if (cached) return { png: cached, hit: true };
	const png = await draw(svg);
	writeCachedPng(cache.dir, key, png);
	return { png, hit: false };
}

// Only what this module writes: `<key>.png` and the `<key>.<pid>.tmp` of an interrupted write.
const OWN_FILE = /^[0-9a-f]{64}\.(png|\d+\.tmp)$/;

/**
 * Delete the images (and stray temporary files) not used since `since` (ms since 1970); returns how many.
 * Any other file is left alone, should SOCIAL_IMAGE_CACHE name a folder that holds something else too.
 */
export function pruneCache(dir: string, since: number): number {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return 0;
	}
	const stale = names.filter((name) => OWN_FILE.test(name) && statSync(join(dir, name)).mtimeMs < since);
	for (const name of stale) rmSync(join(dir, name), { force: true });
	return stale.length;
}

/**
 * The folder of this checkout's drawn social images: under node_modules/.cache (git-ignored, kept between
 * builds, gone with a fresh install), or wherever SOCIAL_IMAGE_CACHE says, as the bench gives each copy its own.
 */
export function socialImageCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
	return resolve(env['SOCIAL_IMAGE_CACHE'] || 'node_modules/.cache/release-waves/og');
}
