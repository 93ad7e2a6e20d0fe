import type { Content } from './queries';
import { listCorrections, type ListedCorrection } from './corrections';

/** Every correction on an entry, a person page or another page of the site, newest first. */
export function siteCorrections({
	waves,
	people,
	siteCorrections: others,
}: Pick<Content, 'waves' | 'people' | 'siteCorrections'>): ListedCorrection[] {
	return listCorrections([
		...waves.map((w) => ({
			title: w.data.title,
			path: `/events/${w.id}/#corrections`,
			corrections: w.data.corrections,
		})),
		...people.map((p) => ({
			title: p.data.name,
			path: `/people/${p.id}/#corrections`,
			corrections: p.data.corrections,
		})),
		...others.map(({ title, page, ...correction }) => ({ title, path: page, corrections: [correction] })),
	]);
}
