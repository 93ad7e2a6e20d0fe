import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SourceList from '../../../src/components/SourceList.astro';
import { sourceSchema } from '../../../src/lib/content/schema';

const url = 'https://www.hrw.org/news/2025/12/15/belarus';
const source = (archived?: string) =>
	sourceSchema.parse({ publisher: 'Human Rights Watch', headline: 'Belarus frees 123', url, archived });
const render = async (sources: unknown[], page: string) =>
	(await AstroContainer.create()).renderToString(SourceList, { props: { sources }, request: new Request(page) });

describe('SourceList', () => {
	it('shows an archived copy beside the original, with the day the Wayback Machine made it', async () => {
		const copy = `https://web.archive.org/web/20251215093000/${url}`;
		const html = await render([source(copy)], 'https://example.org/events/x/');
		expect(html).toContain(`href="${url}"`);
		expect(html).toMatch(
			new RegExp(`href="${copy}"[^>]*title="Wayback Machine"[^>]*>\\s*archived copy of 15 December 2025`)
		);
	});

	it('says "archived copy" in the page language when the address has no date', async () => {
		const html = await render([source('https://archive.ph/AbCdE')], 'https://example.org/ru/events/x/');
		expect(html).toMatch(/href="https:\/\/archive\.ph\/AbCdE"[^>]*>\s*архивная копия\s*</);
	});

	it('shows no archive link for a source without one', async () => {
		expect(await render([source()], 'https://example.org/events/x/')).not.toContain('archived copy');
	});
});
