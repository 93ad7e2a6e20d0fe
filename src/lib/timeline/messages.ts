import type { Messages } from '../../i18n/en';
import { DRAWING_KEYS, type ChartMessages } from './types';

/** The strings the chart's browser script needs, taken from a dictionary, so a page carries only those. */
export function chartMessages(t: Messages): ChartMessages {
	const { words, precisions, kinds, mixedKinds, dates, counts } = t;
	const chart = Object.fromEntries(DRAWING_KEYS.map((key) => [key, t.chart[key]])) as ChartMessages['chart'];
	return { words, precisions, kinds, mixedKinds, dates, counts, chart };
}
