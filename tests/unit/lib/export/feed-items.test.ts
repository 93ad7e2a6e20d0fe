import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../../src/lib/content/schema';
import { feedItems } from '../../../../src/lib/export/feed-items';
import { eventInput } from '../../../helpers';

const wave = (id: string, date: string, summary = `Summary of ${id}.`) => ({
	id,
	data: eventSchema.parse(eventInput({ date, summary, title: `Title ${id}` })),
});

describe('feedItems()', () => {
	const items = feedItems([
		wave('2024-07-02-a', '2024-07-02'),
		wave('2025-12-13-b', '2025-12-13'),
		wave('2025-12-13-c', '2025-12-13'),
	]);

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
});
