// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';

// The public address the site is deployed at; canonical links, feeds and embed snippets use it.
const site = process.env.SITE_URL ?? 'https://release-waves.org';

export default defineConfig({
	site,
	output: 'static',
	trailingSlash: 'always',
	integrations: [contentGuard(), mdx()],
	devToolbar: { enabled: false },
});
