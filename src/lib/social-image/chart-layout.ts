import { getTimelineData } from '../timeline/content-input';
import { renderChart } from '../timeline/chart';
import type { SwarmLayout } from '../timeline/types';
import type { Language } from '../i18n/languages';
import { localeOf } from '../../i18n';

const layouts = new Map<Language, Promise<SwarmLayout>>();

/**
 * The whole timeline under every social image of a language, laid out once per build: thousands of
 * images differ only in their words and highlighted marks.
 */
export function socialChartLayout(lang: Language): Promise<SwarmLayout> {
	let layout = layouts.get(lang);
	if (!layout) {
		layout = getTimelineData(lang).then(
			({ data, held }) => renderChart(data, held, { kinds: [] }, { loc: localeOf(lang) }).swarm.layout
		);
		layouts.set(lang, layout);
	}
	return layout;
}
