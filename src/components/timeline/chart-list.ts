import { matchesFilter, type TimelineFilter } from '../../lib/timeline/filter';
import { isEventKind } from '../../lib/content/vocabulary';

/** Narrow the page's list of waves to the filter, and say so when nothing is left. */
export function filterList(selector: string | undefined, filter: TimelineFilter): void {
	if (!selector) return;
	const list = document.querySelector(selector);
	if (!list) return;
	let shown = 0;
	for (const item of list.querySelectorAll<HTMLElement>('[data-id][data-date][data-kind]')) {
		const kind = item.dataset['kind'] ?? '';
		item.hidden = !(isEventKind(kind) && matchesFilter({ date: item.dataset['date'] ?? '', kind }, filter));
		if (!item.hidden) shown++;
	}
	const empty = document.querySelector<HTMLElement>(`[data-empty-for="${selector}"]`);
	if (empty) empty.hidden = shown > 0;
}
