import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import { contentComponents } from '../../../../src/components/content';
import { CONTENT_COMPONENTS } from '../../../../src/lib/mdx-safety/components';
import { citationTargets } from '../../../../src/lib/validate/citations';

/** The one person the mocked content knows, named as each language's pages name them. */
const NAMES = { en: 'Ales Bialiatski', be: 'Алесь Бяляцкі', ru: 'Алесь Беляцкий' } as const;

vi.mock('../../../../src/lib/content/queries', () => ({
	getLocalContent: (lang: keyof typeof NAMES) =>
		Promise.resolve({
			lang,
			personById: new Map([['ales-bialiatski', { id: 'ales-bialiatski', data: { name: NAMES[lang] }, story: [] }]]),
		}),
}));

const { Quote, Aside, PersonLink, Cite } = contentComponents;
const render = async (
	component: Parameters<AstroContainer['renderToString']>[0],
	props: Record<string, unknown>,
	text?: string,
	locals: App.Locals = {},
	/** The address of the page rendered: its folder decides the language. */
	url = 'https://example.org/events/2025-12-13-clemency-123/'
) =>
	(await AstroContainer.create()).renderToString(component, {
		props,
		locals,
		request: new Request(url),
		slots: text === undefined ? {} : { default: text },
	});

describe('content components', () => {
	it('are exactly the components on the MDX allow-list', () => {
		expect(Object.keys(contentComponents).sort()).toEqual(Object.keys(CONTENT_COMPONENTS).sort());
	});

	it('Quote shows the words and who said them, linked to the source with noopener noreferrer', async () => {
		const html = await render(Quote, { by: 'Viasna', source: 'https://spring96.org/en/news/117138' }, 'The words.');
		expect(html).toMatch(
			/<blockquote[^>]*cite="https:\/\/spring96\.org\/en\/news\/117138"[^>]*>The words\.<\/blockquote>/
		);
		expect(html).toMatch(
			/<figcaption[^>]*>\s*— <a href="https:\/\/spring96\.org\/en\/news\/117138" rel="noopener noreferrer"[^>]*>Viasna<\/a>/
		);
	});

	it('Quote without a source names who said it, without a link', async () => {
		const html = await render(Quote, { by: 'Viasna' }, 'The words.');
		expect(html).toMatch(/<figcaption[^>]*>\s*— Viasna\s*<\/figcaption>/);
		expect(html).not.toContain('<a ');
	});

	it('Aside is a note, with its title when it has one', async () => {
		expect(await render(Aside, { title: 'About the count' }, 'Sources differ.')).toMatch(
			/role="note"[^>]*>\s*<p class="title[^"]*"[^>]*>About the count<\/p>\s*Sources differ\./
		);
		expect(await render(Aside, {}, 'Sources differ.')).not.toContain('<p');
	});

	it("PersonLink links to the person's page with their name, or with the text given", async () => {
		expect(await render(PersonLink, { id: 'ales-bialiatski' })).toMatch(
			/<a href="\/people\/ales-bialiatski\/"[^>]*>Ales Bialiatski<\/a>/
		);
		expect(await render(PersonLink, { id: 'ales-bialiatski' }, 'Bialiatski')).toMatch(
			/<a href="\/people\/ales-bialiatski\/"[^>]*>Bialiatski<\/a>/
		);
	});

	it("PersonLink links to the person's page in the language of the page, with the name as that language spells it", async () => {
		expect(
			await render(
				PersonLink,
				{ id: 'ales-bialiatski' },
				undefined,
				{},
				'https://example.org/be/events/2025-12-13-clemency-123/'
			)
		).toMatch(/<a href="\/be\/people\/ales-bialiatski\/"[^>]*>Алесь Бяляцкі<\/a>/);
		expect(await render(PersonLink, { id: 'ales-bialiatski' }, undefined, {}, 'https://example.org/ru/')).toMatch(
			/<a href="\/ru\/people\/ales-bialiatski\/"[^>]*>Алесь Беляцкий<\/a>/
		);
		expect(
			await render(PersonLink, { id: 'ales-bialiatski' }, 'Бяляцкі', {}, 'https://example.org/be/people/')
		).toMatch(/<a href="\/be\/people\/ales-bialiatski\/"[^>]*>Бяляцкі<\/a>/);
	});

	it('PersonLink stops the build on a person who has no file', async () => {
		await expect(render(PersonLink, { id: 'nobody-we-know' })).rejects.toThrow(
			'<PersonLink id="nobody-we-know">: no person "nobody-we-know" in content/people'
		);
		await expect(
			render(PersonLink, { id: 'nobody-we-know' }, undefined, {}, 'https://example.org/ru/')
		).rejects.toThrow('<PersonLink id="nobody-we-know">: no person "nobody-we-know" in content/people');
	});

	it("Cite marks a claim with the source's number, linked to it in the Sources list", async () => {
		const targets = citationTargets([
			{ id: 'belta', publisher: 'BelTA' },
			{ id: 'article-19', publisher: 'Article 19' },
		]);
		const html = await render(Cite, { source: 'article-19' }, undefined, { citationTargets: targets });
		expect(html).toMatch(
			/<sup class="cite[^"]*"[^>]*>\s*<a href="#source-article-19" aria-label="Source 2: Article 19"[^>]*>\s*\[2\]\s*<\/a>/
		);
	});

	it('Cite stops the build on a source the entry does not list, or outside an event page', async () => {
		const targets = citationTargets([{ id: 'belta', publisher: 'BelTA' }]);
		await expect(render(Cite, { source: 'nope' }, undefined, { citationTargets: targets })).rejects.toThrow(
			'cites "nope", which is not a listed source'
		);
		await expect(render(Cite, { source: 'belta' })).rejects.toThrow('<Cite source="belta"> used outside an event page');
	});
});
