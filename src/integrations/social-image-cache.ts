import type { AstroIntegration } from 'astro';
import { pruneCache, socialImageCacheDir } from '../lib/social-image/png-cache';

// Modification times may be stored to the second; an image used in the build's first moments stays.
const SLACK_MS = 5_000;

/**
 * Keep the social-image cache to what the last build used: a build marks every image it takes from the
 * cache, and once it has written every page, the images it did not use (old versions of changed pages,
 * removed pages) are deleted. A failed build deletes nothing.
 */
export function socialImageCache(): AstroIntegration {
	let started = 0;
	return {
		name: 'release-waves:social-image-cache',
		hooks: {
			'astro:build:start': () => {
				started = Date.now();
			},
			'astro:build:done': ({ logger }) => {
				const removed = pruneCache(socialImageCacheDir(), started - SLACK_MS);
				if (removed) logger.info(`social images: removed ${removed} not used by this build from the cache`);
			},
		},
	};
}
