import type { Messages } from '../../i18n/en';
import type { Locale } from '../i18n/locale';
import { formatDateIn } from '../i18n/format';
import { countVerb, formatCount } from '../format/labels';
import type { PersonData, EventData } from '../content/schema';
import { foldKey } from './fold';
import type { SearchDoc } from './engine';

/** A person as the index needs them: the name in the page's language and the person file. */
export interface IndexPerson {
	id: string;
	/** The name as the language's pages show it. */
	name: string;
	data: PersonData;
	url: string;
}

/** A wave as the index needs it: its data in the page's language and its people's names. */
export interface IndexWave {
	id: string;
	data: EventData;
	url: string;
	names: string[];
}

/** Every recorded spelling of a person, the usual English one included, as written. */
export function recordedSpellings(data: Pick<PersonData, 'name' | 'variants'>): string[] {
	return [
		data.name,
		...Object.values(data.variants).flatMap((list) => list.map((v) => (typeof v === 'string' ? v : v.spelling))),
	];
}

/** Keep one text per folded key: spellings that fold alike match alike, so the index needs only one. */
function distinct(texts: readonly string[], except: string): string[] {
	const seen = new Set([foldKey(except)]);
	return texts.filter((text) => {
		const key = foldKey(text);
		if (!key || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Cut a detail line at a word, so a long description does not weigh on the index. */
function clip(text: string, max = 110): string {
	return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max))}…`;
}

/**
 * The search index of one language: people with every recorded spelling, waves by title, people,
 * dates and count, and the site's pages by title. Built with the pages, from the same content.
 */
export function buildSearchIndex(
	loc: Locale,
	people: readonly IndexPerson[],
	waves: readonly IndexWave[],
	pages: readonly { title: string; description: string; url: string }[]
): SearchDoc[] {
	return [
		...people.map(({ name, data, url }): SearchDoc => [
			'person',
			name,
			url,
			clip(data.description),
			distinct(recordedSpellings(data), name),
		]),
		...waves.map(({ data, url, names }): SearchDoc => [
			'wave',
			data.title,
			url,
			`${loc.range(data.date, data.endDate, data.endDateApproximate)} · ${formatCount(loc, data.count)} ${countVerb(loc, data)}`,
			[
				...names,
				data.date,
				loc.date(data.date),
				loc.date(data.date, 'month-year'),
				// Readers of every language may type an English month.
				...(loc.lang === 'en' ? [] : [formatDateIn('en', data.date, 'month-year')]),
				String(data.count.value),
				// Last, and weighed less: the summary backs up the other words.
				data.summary,
			],
		]),
		...pages.map(({ title, description, url }): SearchDoc => ['page', title, url, description, []]),
	];
}

/** The pages the index lists by title, with the dictionary's words for them. */
export function sitePages(t: Messages): { key: string; title: string; description: string }[] {
	return [
		{ key: '/events/', title: t.events.title, description: t.events.description },
		{ key: '/people/', title: t.people.title, description: t.people.description },
		{ key: '/data/', title: t.data.title, description: t.data.description },
		{ key: '/about/', title: t.about.title, description: t.about.description },
		{ key: '/corrections/', title: t.corrections.title, description: t.corrections.description },
		{ key: '/share/', title: t.share.title, description: t.share.description },
	];
}
