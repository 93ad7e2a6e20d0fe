import { getLocalContent } from '../content/queries';
import type { Language } from '../i18n/languages';
import { toHeldData, toTimelineDatum } from './data';
import type { HeldDatum, TimelineDatum } from './types';

/**
 * The timeline's input for one language, read from the built content: every wave as a datum, and the held series.
 * It lives beside the chart so the content model never depends on the chart (the import points one way).
 */
export async function getTimelineData(lang: Language = 'en'): Promise<{ data: TimelineDatum[]; held: HeldDatum[] }> {
	const { waves, people, prisonerCounts } = await getLocalContent(lang);
	const names = new Map(people.map((p) => [p.id, p.data.name]));
	return {
		data: waves.map((w) => toTimelineDatum(w.id, w.data, (id) => names.get(id) ?? id)),
		held: toHeldData(prisonerCounts),
	};
}
