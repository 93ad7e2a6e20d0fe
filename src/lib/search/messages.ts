import type { Messages } from '../../i18n/en';

/** The strings the search script needs, taken from a dictionary, so a page carries only those. */
export function searchMessages(t: Messages) {
	const { results, none, matched, kinds, failed } = t.search;
	return { results, none, matched, kinds, failed };
}

export type SearchMessages = ReturnType<typeof searchMessages>;
