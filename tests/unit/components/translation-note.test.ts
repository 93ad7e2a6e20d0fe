import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TranslationNote from '../../../src/components/TranslationNote.astro';
import type { TextState } from '../../../src/lib/content/localize';
import { DICTIONARIES } from '../../../src/i18n';

const render = async (text: TextState, url: string) =>
	(await AstroContainer.create()).renderToString(TranslationNote, { props: { text }, request: new Request(url) });

describe('TranslationNote', () => {
	it('says a translation is one, when it was last checked, and links to the English', async () => {
		const html = await render(
			{ state: 'translated', checked: '2026-12-02' },
			'https://example.org/be/events/2025-12-13-clemency-123/'
		);
		expect(html).toContain('<time datetime="2026-12-02">2 снежня 2026 г.</time>');
		expect(html).toContain('href="/events/2025-12-13-clemency-123/" hreflang="en"');
		expect(html).not.toContain('role="note"');
	});

	it('says so, as a note, when the English is shown because the translation is missing', async () => {
		const html = await render({ state: 'missing' }, 'https://example.org/ru/people/ales-bialiatski/');
		expect(html).toContain('role="note"');
		expect(html).toContain(DICTIONARIES.ru.translation.notTranslated);
	});

	it('says the English changed since the translation was checked, with the date checked', async () => {
		const html = await render({ state: 'outdated', checked: '2026-01-05' }, 'https://example.org/be/events/x/');
		expect(html).toContain('role="note"');
		expect(html).toContain('<time datetime="2026-01-05">5 студзеня 2026 г.</time>');
	});

	it('says nothing on an English page', async () => {
		expect((await render({ state: 'original' }, 'https://example.org/events/x/')).trim()).toBe('');
	});
});
