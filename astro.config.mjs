// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentGuard } from './src/integrations/content-guard.ts';
import { socialImageCache } from './src/integrations/social-image-cache.ts';
import { contentMdxProcessor } from './src/lib/mdx-safety/processor.ts';

// The public address the site is deployed at; canonical links, feeds and embed snippets use it.
const site = process.env.SITE_URL ?? 'https://release-waves.org';
// The folder the site is served from: a mirror, a project page or a copy on a USB stick (see src/lib/urls.ts).
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
	site,
	base,
	output: 'static',
	trailingSlash: 'always',
	integrations: [
		contentGuard(),
		socialImageCache(),
		mdx({ processor: contentMdxProcessor(`${base.replace(/\/+$/, '')}/`) }),
		sitemap({
			filter: (page) => !page.includes('/embed/'),
			// Each page lists its versions in the other languages (English at the root).
			i18n: { defaultLocale: 'en', locales: { en: 'en', be: 'be', ru: 'ru' } },
		}),
	],
	devToolbar: { enabled: false },
	// Content has no code blocks, and Shiki's inline styles would break the strict CSP.
	markdown: { syntaxHighlight: false },
	// A strict policy in a meta tag on every page: only this site's own scripts (by hash) and files.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data: blob:",
				"font-src 'self'",
				"connect-src 'self'",
				"frame-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	vite: {
		build: {
			rolldownOptions: {
				// Astro's MDX output logs one MODULE_LEVEL_DIRECTIVE warning per entry; it is harmless and drowns real warnings.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
					handler(level, log);
				},
			},
		},
	},
});
