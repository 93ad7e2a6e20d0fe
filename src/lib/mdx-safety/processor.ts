import { satteri } from '@astrojs/markdown-satteri';
import { contentLinksPlugin, mdxSafetyPlugin } from './plugins';

/**
 * The MDX processor for content: Astro's default Satteri pipeline plus the content rules and the
 * link rules. `base` is the folder the site is served from, ending in `/`.
 */
export function contentMdxProcessor(base = '/') {
	return satteri({ mdastPlugins: [mdxSafetyPlugin], hastPlugins: [contentLinksPlugin(base)] });
}
