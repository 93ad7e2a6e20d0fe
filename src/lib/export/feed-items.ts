import { pagePath } from '../urls';
import type { Wave } from '../content/relations';
import type { Locale } from '../i18n/locale';
import { utcDate } from '../time/dates';

/** One RSS item, in the shape @astrojs/rss takes. */
export interface FeedItem {
	title: string;
	description: string;
	link: string;
	pubDate: Date;
	categories: string[];
}

/** Turn waves into feed items, newest first; same-day waves in reverse id order, so the feed is stable. */
export function feedItems(loc: Locale, waves: readonly Wave[]): FeedItem[] {
	return waves
		.toSorted((a, b) => b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id))
		.map(({ id, data }) => ({
			title: data.title,
			description: data.summary,
			link: pagePath(loc.lang, `/events/${id}/`),
			pubDate: utcDate(data.date),
			categories: [loc.t.kinds[data.kind]],
		}));
}
