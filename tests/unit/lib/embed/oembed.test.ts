import { describe, expect, it } from 'vitest';
import { OEMBED_WIDTH, oembedDocument, timelineOembed, waveOembed } from '../../../../src/lib/embed/oembed';
import { embedHeight, WAVE_CARD_HEIGHT } from '../../../../src/lib/embed/height';
import { cardFrameTitle, embedSnippet, waveCardSnippet } from '../../../../src/lib/embed/snippet';
import { localeOf } from '../../../../src/i18n';
import { LANGUAGE_LIST } from '../../../../src/i18n/pages';
import { HELD, SMALL } from '../../../fixtures/timeline';

const ROOT = 'https://mirror.example/rw/';
const WAVE = { id: '2025-12-13-d', title: 'Wave "d"', date: '2025-12-13' };

/** The fields oEmbed 1.0 requires of a "rich" response, with their types (https://oembed.com/ 2.3.4, 2.3.4.4). */
function expectRich(json: unknown) {
	expect(json).toMatchObject({
		type: 'rich',
		version: '1.0',
		title: expect.any(String),
		provider_name: 'Release Waves',
		provider_url: expect.stringMatching(/^https:\/\//),
		html: expect.stringMatching(/^<iframe /),
	});
	const { width, height, cache_age } = json as Record<string, unknown>;
	for (const n of [width, height, cache_age]) expect(Number.isInteger(n) && (n as number) > 0).toBe(true);
}

describe('oembedDocument()', () => {
	it('survives JSON as a rich response with whole-pixel sizes', () => {
		const doc = oembedDocument({
			title: 't',
			html: '<iframe src="x"></iframe>',
			height: 350,
			provider: { name: 'Release Waves', url: 'https://x.org/' },
		});
		expectRich(JSON.parse(JSON.stringify(doc)));
		expect(doc).toMatchObject({ width: OEMBED_WIDTH, height: 350 });
	});
});

describe('timelineOembed()', () => {
	it("carries the timeline's snippet in each language, at the height in its frame", () => {
		for (const lang of LANGUAGE_LIST) {
			const loc = localeOf(lang);
			const doc = timelineOembed(ROOT, loc, { data: SMALL, held: HELD });
			expectRich(doc);
			const height = embedHeight(SMALL, HELD, { kinds: [], lang }, loc);
			expect(doc.html).toBe(embedSnippet(ROOT, { kinds: [], lang }, loc.t.share.iframeTitle, height));
			expect(doc.html).toContain(` height="${doc.height}" `);
			expect(doc.title).toBe(loc.t.chart.title);
			expect(doc.provider_url).toBe(lang === 'en' ? ROOT : `${ROOT}${lang}/`);
		}
	});
});

describe('waveOembed()', () => {
	it("carries the wave's card, titled by the wave, and its frame dated in the language", () => {
		const ru = localeOf('ru');
		const doc = waveOembed(ROOT, ru, WAVE);
		expectRich(doc);
		expect(doc.title).toBe('Wave "d"');
		expect(doc.height).toBe(WAVE_CARD_HEIGHT);
		expect(doc.html).toBe(
			waveCardSnippet(
				ROOT,
				{ wave: WAVE.id, lang: 'ru' },
				cardFrameTitle(ru.t.embed.cardFrameTitle, '13 декабря 2025 г.')
			)
		);
		expect(doc.html).toContain(`src="${ROOT}ru/embed/wave/2025-12-13-d/"`);
	});
});
