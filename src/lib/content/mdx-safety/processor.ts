import { satteri } from '@astrojs/markdown-satteri';
import { externalLinksPlugin, mdxSafetyPlugin } from './plugins';

/** The MDX processor for content: Astro's default Satteri pipeline plus the content rules and external-link `rel`. */
export function contentMdxProcessor() {
	return satteri({ mdastPlugins: [mdxSafetyPlugin], hastPlugins: [externalLinksPlugin] });
}
