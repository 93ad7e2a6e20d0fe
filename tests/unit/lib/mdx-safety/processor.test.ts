import { describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { parseFrontmatter } from 'astro/markdown';
import astroConfig from '../../../../astro.config.mjs';
import { contentMdxProcessor } from '../../../../src/lib/mdx-safety/processor';

const FILE = `${process.cwd()}/content/events/2025-09-11-fixture.mdx`;
const UNSAFE =
	'---\ntitle: "Fixture"\n---\n\nText.\n\nexport const leak = process.env.HOME\n\n<iframe src="https://example.org/" />\n';
const SAFE =
	'---\ntitle: "Fixture"\n---\n\nSee [Viasna](https://spring96.org/en/news/117138), [this site](/about/) and <Quote by="Viasna">words</Quote>.\n';

/** Compile a whole MDX file the way @astrojs/mdx does: frontmatter blanked in place, so lines keep their numbers. */
async function compile(text: string, file = FILE, base = '/') {
	const renderer = await contentMdxProcessor(base).createMdxRenderer?.(
		{ syntaxHighlight: false, shikiConfig: {} },
		{ optimize: false }
	);
	if (!renderer) throw new Error('the content processor cannot render MDX');
	const { content, frontmatter } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
	return renderer.process(content, file, frontmatter);
}

describe('contentMdxProcessor()', () => {
	it('stops on unsafe MDX, naming the file, the lines and every rule broken', async () => {
		const error = await compile(UNSAFE).catch((e: Error) => e);
		expect(error).toBeInstanceOf(Error);
		const { message } = error as Error;
		expect(message).toContain('Unsafe MDX in content/events/2025-09-11-fixture.mdx: 2 problem(s)');
		expect(message).toContain(
			'content/events/2025-09-11-fixture.mdx:7: (body): "import" and "export" lines are not allowed'
		);
		expect(message).toContain('content/events/2025-09-11-fixture.mdx:9: (body): <iframe> is never allowed');
	});

	it('compiles safe MDX and marks only links to other sites noopener noreferrer', async () => {
		const { code } = await compile(SAFE);
		expect(code).toMatch(/href: "https:\/\/spring96\.org\/en\/news\/117138",\s*rel: "noopener noreferrer"/);
		expect(code).toMatch(/href: "\/about\/",\s*children/);
		expect(code).toContain('_jsx(Quote, {');
	});
});

describe("contentMdxProcessor() on translations and on the site's own prose", () => {
	const translation = (lang: string) => `${process.cwd()}/content/translations/${lang}/events/2025-09-11-fixture.mdx`;

	it("puts links to this site's pages in a translation under the translation's language, and its folder", async () => {
		expect((await compile(SAFE, translation('be'))).code).toMatch(/href: "\/be\/about\/",\s*children/);
		expect((await compile(SAFE, translation('ru'), '/mirror/folder/')).code).toMatch(
			/href: "\/mirror\/folder\/ru\/about\/",\s*children/
		);
		expect((await compile(SAFE, FILE, '/mirror/folder/')).code).toMatch(
			/href: "\/mirror\/folder\/about\/",\s*children/
		);
		const { code } = await compile(SAFE, translation('be'));
		expect(code).toMatch(/href: "https:\/\/spring96\.org\/en\/news\/117138",\s*rel: "noopener noreferrer"/);
	});

	it('holds translations to the content rules', async () => {
		await expect(compile(UNSAFE, translation('be'))).rejects.toThrow(
			'content/translations/be/events/2025-09-11-fixture.mdx:9: (body): <iframe> is never allowed'
		);
	});

	it("leaves the site's own prose under src/ to code review: no content rules, and its links as written", async () => {
		const prose = `${process.cwd()}/src/prose/be/about.mdx`;
		const { code } = await compile(UNSAFE, prose);
		expect(code).toContain('process.env.HOME');
		expect((await compile(SAFE, prose, '/mirror/folder/')).code).toMatch(/href: "\/about\/",\s*children/);
	});
});

describe('astro.config.mjs', () => {
	/** Set up the configured MDX integration and return the Vite transform that `astro build` runs on each .mdx file. */
	async function mdxTransform() {
		const integration = astroConfig.integrations?.find((i): i is AstroIntegration =>
			Boolean(i && 'name' in i && i.name === '@astrojs/mdx')
		);
		if (!integration) throw new Error('astro.config.mjs has no @astrojs/mdx integration');
		let plugins: { name: string; transform?: { handler: (code: string, id: string) => Promise<{ code: string }> } }[] =
			[];
		const srcDir = new URL('../../../../../src/', import.meta.url);
		const noop = () => {};
		await integration.hooks['astro:config:setup']?.({
			config: { srcDir },
			updateConfig: (c: { vite: { plugins: typeof plugins } }) => (plugins = c.vite.plugins),
			addPageExtension: noop,
			addContentEntryType: noop,
			addRenderer: noop,
		} as never);
		await integration.hooks['astro:config:done']?.({
			config: { srcDir, markdown: { syntaxHighlight: false, shikiConfig: {} } },
			logger: { warn: noop, info: noop },
		} as never);
		const transform = plugins.find((p) => p.transform)?.transform;
		if (!transform) throw new Error('the MDX integration added no transform');
		return (text: string) => transform.handler(text, FILE);
	}

	it('gives the MDX integration the content rules, so the build itself fails on unsafe MDX', async () => {
		const transform = await mdxTransform();
		await expect(transform(UNSAFE)).rejects.toThrow(
			/content\/events\/2025-09-11-fixture\.mdx:9: \(body\): <iframe> is never allowed/
		);
		await expect(transform(SAFE)).resolves.toMatchObject({
			code: expect.stringContaining('rel: "noopener noreferrer"'),
		});
	});
});
