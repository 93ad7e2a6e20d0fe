import { fill, type Locale } from '../i18n/locale';
import { countVerb, formatCount } from '../format/labels';
import type { EventData } from '../content/schema';
import type { HighlightedWave, SocialImageText } from './image-svg';

/** What a page's social image shows: its words, the same said for readers who cannot see it, and its waves. */
export interface PageSocialImage {
	text: SocialImageText;
	alt: string;
	highlight: HighlightedWave[];
}

/** A wave's social image: its title, its dates and its count as its page words them, and the wave on the chart. */
export function waveSocialImage(loc: Locale, id: string, data: EventData): PageSocialImage {
	const { t } = loc;
	const date = loc.range(data.date, data.endDate, data.endDateApproximate);
	const count = fill(t.event.count, {
		count: formatCount(loc, data.count),
		people: loc.plural(data.count.value, t.words.people),
		verb: countVerb(loc, data),
	});
	return {
		text: {
			kicker: t.site.name,
			title: data.title,
			line: fill(t.socialImage.waveLine, { date, count }),
			footer: t.socialImage.sources,
		},
		alt: fill(t.socialImage.waveAlt, { title: data.title, date, count }),
		highlight: [{ id, date: data.date }],
	};
}

/**
 * The wave whose image a person's page shares: the latest that names them, its chart picking that wave out.
 * A person has no image of their own: at 5,000 people in three languages that would be 15,000 images, most of a
 * cold build's time and about 750 MB of the site, for a card whose title and description already give the name.
 * Undefined when no wave names them: the page shares the site's image.
 */
export function personShareWave<W>(story: readonly { wave: W }[]): W | undefined {
	return story.at(-1)?.wave;
}
