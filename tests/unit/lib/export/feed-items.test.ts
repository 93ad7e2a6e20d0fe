import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../../src/lib/content/schema';
import { feedItems } from '../../../../src/lib/export/feed-items';
import { DICTIONARIES, localeOf } from '../../../../src/i18n';
import { eventInput } from '../../../helpers';

const wave = (id: string, date: string, summary = `Summary of ${id}.`) => ({
	id,
	data: eventSchema.parse(eventInput({ date, summary, title: `Title ${id}` })),
});

describe('feedItems()', () => {
	const waves = [
		wave('2024-07-02-a', '2024-07-02'),
		wave('2025-12-13-b', '2025-12-13'),
		wave('2025-12-13-c', '2025-12-13'),
	];
	const items = feedItems(localeOf('en'), waves);

	it('lists every wave newest first, same-day waves in a stable order', () => {
		expect(items.map((item) => item.link)).toEqual([
			'/events/2025-12-13-c/',
			'/events/2025-12-13-b/',
			'/events/2024-07-02-a/',
		]);
	});

	it('uses the title, the summary as description, the kind as category and the date at UTC midnight', () => {
		expect(items[2]).toEqual({
			title: 'Title 2024-07-02-a',
			description: 'Summary of 2024-07-02-a.',
			link: '/events/2024-07-02-a/',
			pubDate: new Date('2024-07-02T00:00:00Z'),
			categories: ['Negotiated release'],
		});
	});

	it("links to the pages in the feed's language and names the kind in it", () => {
		const be = feedItems(localeOf('be'), waves);
		expect(be.map((item) => item.link)).toEqual([
			'/be/events/2025-12-13-c/',
			'/be/events/2025-12-13-b/',
			'/be/events/2024-07-02-a/',
		]);
		expect(be[2]?.categories).toEqual([DICTIONARIES.be.kinds['negotiated-release']]);
		expect(feedItems(localeOf('ru'), waves)[0]).toMatchObject({
			link: '/ru/events/2025-12-13-c/',
			categories: [DICTIONARIES.ru.kinds['negotiated-release']],
		});
	});
});
