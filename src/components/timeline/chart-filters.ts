import { isFiltered, wholeYear, type TimelineFilter } from '../../lib/timeline/filter';
import { isEventKind } from '../../lib/content/vocabulary';
import { formText } from '../../lib/form-text';
import type { ChartHost } from './chart-host';

/** Year and kind filters, and the reset button, which appears only when something is narrowed. */
export function bindFilters(host: ChartHost): void {
	const form = host.root.querySelector('form');
	form?.addEventListener('change', () => {
		const data = new FormData(form);
		const year = formText(data, 'year');
		const current = host.filter();
		// "All years" clears a year, but keeps a period the reader zoomed into by dragging.
		const keepZoom = !year && !wholeYear(current);
		const range = year
			? { from: `${year}-01-01`, to: `${year}-12-31` }
			: keepZoom
				? { from: current.from, to: current.to }
				: {};
		host.apply({ ...range, kinds: data.getAll('kind').map(String).filter(isEventKind) });
	});
	host.root.querySelector('[data-reset]')?.addEventListener('click', () => host.apply({ kinds: [] }));
}

/** Show a filter in the controls. */
export function syncFilters(root: HTMLElement, filter: TimelineFilter): void {
	const select = root.querySelector<HTMLSelectElement>('select[name="year"]');
	if (select) select.value = wholeYear(filter) ?? '';
	for (const box of root.querySelectorAll<HTMLInputElement>('input[name="kind"]'))
		box.checked = filter.kinds.some((k) => k === box.value);
	const reset = root.querySelector<HTMLButtonElement>('[data-reset]');
	if (reset) reset.hidden = !isFiltered(filter);
}
