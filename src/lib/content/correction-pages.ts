import type { LocalContent } from './queries';
import { listCorrections, type ListedCorrection } from './corrections';

/** Every correction on an entry, a person page or another page of the site, newest first. */
export function siteCorrections({
	lang,
	waves,
	people,
	siteCorrections: others,
}: Pick<LocalContent, 'lang' | 'waves' | 'people' | 'siteCorrections'>): ListedCorrection[] {
	return listCorrections([
		...waves.map((w) => ({
			title: w.data.title,
			path: `/events/${w.id}/#corrections`,
			textState: w.text,
			corrections: w.data.corrections,
		})),
		...people.map((p) => ({
			title: p.data.name,
			path: `/people/${p.id}/#corrections`,
			textState: p.text,
			corrections: p.data.corrections,
		})),
		// Corrections to other pages are written in English only.
		...others.map(({ title, page, ...correction }) => ({
			title,
			path: page,
			textState: lang === 'en' ? ({ state: 'original' } as const) : ({ state: 'missing' } as const),
			corrections: [correction],
		})),
	]);
}
