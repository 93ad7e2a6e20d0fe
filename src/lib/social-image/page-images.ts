import { fill, type Locale } from '../i18n/locale';
import { countVerb, formatCount, storyPhrase } from '../format/labels';
import type { EventData } from '../content/schema';
import type { StoryItem } from '../content/story';
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

/** A person's social image: their name as the page writes it, their story in one line, and their waves on the chart. */
export function personSocialImage(loc: Locale, name: string, story: readonly StoryItem[]): PageSocialImage {
	const { t } = loc;
	// Every entry's steps as one phrase, as the page lists them: "Returned to prison …; released home …".
	const line = story.length
		? storyPhrase(
				loc,
				story.flatMap((item) => item.steps)
			)
		: t.person.noStory;
	return {
		text: { kicker: t.site.name, title: name, line, footer: t.socialImage.sources },
		alt: fill(t.socialImage.personAlt, { name, story: line }),
		highlight: story.map(({ wave }) => ({ id: wave.id, date: wave.data.date })),
	};
}
