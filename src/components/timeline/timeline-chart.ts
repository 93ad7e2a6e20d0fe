import { defaultDomain, layoutTimeline } from '../../lib/timeline/layout';
import { renderTimelineSvg } from '../../lib/timeline/render-svg';
import { COMPACT, WIDE } from '../../lib/timeline/presets';
import { createTimeScale } from '../../lib/timeline/scale';
import {
	filterDomain,
	filterParams,
	isFiltered,
	matchesFilter,
	parseFilter,
	wholeYear,
	type TimelineFilter,
} from '../../lib/timeline/filter';
import { formatDate } from '../../lib/time/format';
import { isoDate, utcDate } from '../../lib/time/dates';
import { isEventKind } from '../../lib/content/vocabulary';
import { formText } from '../../lib/form-text';
import type { HeldDatum, TimelineDatum, TimelineLayout } from '../../lib/timeline/types';

const PRESETS = { wide: WIDE, compact: COMPACT };

/** Enhances the build-time chart: tooltips, keyboard moves, filters in the URL, and drag-to-zoom. */
class TimelineChart extends HTMLElement {
	#data: TimelineDatum[] = [];
	#held: HeldDatum[] = [];
	#filter: TimelineFilter = { kinds: [] };
	#layouts = new Map<HTMLElement, TimelineLayout>();
	#tooltip!: HTMLElement;
	#loading: Promise<boolean> | undefined;

	connectedCallback() {
		this.#tooltip = this.querySelector('[role="tooltip"]')!;
		const params = new URLSearchParams(location.search);
		this.#filter = parseFilter(params);
		this.#bindControls();
		this.#bindMarks();
		this.#bindBrush();
		for (const view of this.#views()) this.#prepareView(view);
		this.#syncControls();
		// The build already drew the unfiltered chart; redraw only when the URL asks for another view.
		const highlight = params.get('highlight');
		if (isFiltered(this.#filter) || highlight) {
			void this.#load().then((ok) => {
				// Only an id that names a wave is used, so the query can never inject anything.
				if (highlight && this.#data.some((d) => d.id === highlight)) this.dataset['highlight'] = highlight;
				if (ok) this.#update(false);
			});
		}
	}

	/** Fetch the chart's data once, on first need, so the page itself carries none. */
	#load(): Promise<boolean> {
		this.#loading ??= fetch(this.dataset['source'] ?? '/data/timeline.json')
			.then((response) =>
				response.ok
					? (response.json() as Promise<{ data: TimelineDatum[]; held: HeldDatum[] }>)
					: Promise.reject(new Error(response.statusText))
			)
			.then(({ data, held }) => {
				this.#data = data;
				this.#held = held;
				return true;
			})
			.catch(() => {
				this.#status('The data for filtering could not be loaded; the chart and list above still work.');
				return false;
			});
		return this.#loading;
	}

	#status(text: string) {
		const status = this.querySelector('.timeline-status');
		if (status) status.textContent = text;
	}

	#views(): HTMLElement[] {
		return [...this.querySelectorAll<HTMLElement>('.timeline-view')];
	}

	#bindControls() {
		const form = this.querySelector('form');
		form?.addEventListener('change', () => {
			const data = new FormData(form);
			const year = formText(data, 'year');
			// "All years" clears a year, but keeps a period the reader zoomed into by dragging.
			const keepZoom = !year && !wholeYear(this.#filter);
			const range = year
				? { from: `${year}-01-01`, to: `${year}-12-31` }
				: keepZoom
					? { from: this.#filter.from, to: this.#filter.to }
					: {};
			this.#apply({ ...range, kinds: data.getAll('kind').map(String).filter(isEventKind) });
		});
		this.querySelector('[data-reset]')?.addEventListener('click', () => this.#apply({ kinds: [] }));
	}

	/** Show the chart for a new filter, once the data is there. */
	#apply(filter: TimelineFilter) {
		this.#filter = filter;
		void this.#load().then((ok) => ok && this.#update(true));
	}

	#update(pushUrl: boolean) {
		const shown = this.#data.filter((d) => matchesFilter(d, this.#filter));
		const domain = filterDomain(this.#filter, defaultDomain(this.#data, this.#held));
		const title = `Release waves and political prisoners held, ${formatDate(domain[0])} to ${formatDate(domain[1])}`;
		for (const view of this.#views()) {
			const preset = PRESETS[view.dataset['preset'] as keyof typeof PRESETS];
			const layout = layoutTimeline(shown, this.#held, { preset, domain, baseHref: this.dataset['baseHref'] });
			view.innerHTML = renderTimelineSvg(layout, {
				idPrefix: `tl-${preset.name}`,
				title,
				linkTarget: this.dataset['linkTarget'] === '_blank' ? '_blank' : undefined,
				highlight: this.dataset['highlight'],
			});
			this.#layouts.set(view, layout);
			this.#prepareView(view);
		}
		this.#filterList();
		this.#syncControls();
		// Without filter controls (embeds), the reset button only appears once there is something to reset.
		const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
		if (reset && !this.querySelector('form')) reset.hidden = !isFiltered(this.#filter);
		this.dispatchEvent(new CustomEvent('timeline-change', { bubbles: true }));
		const range = this.#filter.from || this.#filter.to ? `, ${formatDate(domain[0])} to ${formatDate(domain[1])}` : '';
		this.#status(isFiltered(this.#filter) ? `Showing ${shown.length} of ${this.#data.length} waves${range}.` : '');
		if (pushUrl) {
			const query = filterParams(this.#filter).toString();
			history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
		}
	}

	#filterList() {
		const selector = this.dataset['list'];
		if (!selector) return;
		for (const item of document.querySelectorAll<HTMLElement>(`${selector} [data-id][data-date][data-kind]`)) {
			const kind = item.dataset['kind'] ?? '';
			item.hidden = !(isEventKind(kind) && matchesFilter({ date: item.dataset['date'] ?? '', kind }, this.#filter));
		}
	}

	#syncControls() {
		const form = this.querySelector('form');
		if (!form) return;
		const select = form.elements.namedItem('year') as HTMLSelectElement | null;
		if (select) select.value = wholeYear(this.#filter) ?? '';
		for (const box of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) {
			box.checked = this.#filter.kinds.some((k) => k === box.value);
		}
	}

	/** Make each view one tab stop, with arrow keys moving between its marks. */
	#prepareView(view: HTMLElement) {
		view
			.querySelectorAll<SVGAElement>('a.mark')
			.forEach((mark, i) => mark.setAttribute('tabindex', i === 0 ? '0' : '-1'));
	}

	/** Rebuild the layout the build drew, so drag-to-zoom can map pixels back to dates. */
	#readLayout(view: HTMLElement): TimelineLayout {
		const preset = PRESETS[view.dataset['preset'] as keyof typeof PRESETS];
		return layoutTimeline(this.#data, this.#held, { preset, domain: defaultDomain(this.#data, this.#held) });
	}

	#bindMarks() {
		const show = (event: Event) => {
			const mark = (event.target as Element).closest?.('a.mark');
			if (mark instanceof SVGAElement) this.#showTooltip(mark);
		};
		this.addEventListener('focusin', show);
		this.addEventListener('pointerover', show);
		this.addEventListener('focusout', () => this.#hideTooltip());
		this.addEventListener('pointerout', (event) => {
			if ((event.target as Element).closest?.('a.mark') && !this.contains(document.activeElement)) this.#hideTooltip();
		});
		this.addEventListener('keydown', (event) => {
			if (event.key === 'Escape') return this.#hideTooltip();
			const mark = (event.target as Element).closest?.('a.mark');
			if (!(mark instanceof SVGAElement)) return;
			const marks = [...mark.ownerSVGElement!.querySelectorAll<SVGAElement>('a.mark')];
			const i = marks.indexOf(mark);
			const next = {
				ArrowRight: i + 1,
				ArrowDown: i + 1,
				ArrowLeft: i - 1,
				ArrowUp: i - 1,
				Home: 0,
				End: marks.length - 1,
			}[event.key];
			const target = next === undefined ? undefined : marks[Math.max(0, Math.min(marks.length - 1, next))];
			if (!target) return;
			event.preventDefault();
			mark.setAttribute('tabindex', '-1');
			target.setAttribute('tabindex', '0');
			target.focus();
		});
	}

	#showTooltip(mark: SVGAElement) {
		const tip = this.#tooltip;
		const heading = document.createElement('strong');
		heading.textContent = mark.getAttribute('aria-label');
		tip.replaceChildren(heading, mark.dataset['summary'] ?? '');
		tip.hidden = false;
		mark.setAttribute('aria-describedby', tip.id);
		const frame = tip.parentElement!.getBoundingClientRect();
		const box = mark.getBoundingClientRect();
		const left = Math.min(Math.max(0, box.left - frame.left - tip.offsetWidth / 2), frame.width - tip.offsetWidth);
		tip.style.left = `${left}px`;
		tip.style.top = `${Math.max(0, box.top - frame.top - tip.offsetHeight - 8)}px`;
	}

	#hideTooltip() {
		this.#tooltip.hidden = true;
		this.querySelector('[aria-describedby]')?.removeAttribute('aria-describedby');
	}

	/** Drag across a view to zoom its time axis to that period. */
	#bindBrush() {
		const brush = this.querySelector<HTMLElement>('.timeline-brush')!;
		let start: { x: number; view: HTMLElement } | undefined;
		const frameLeft = () => brush.parentElement!.getBoundingClientRect().left;
		this.addEventListener('pointerdown', (event) => {
			const view = (event.target as Element).closest?.<HTMLElement>('.timeline-view');
			if (!view || (event.target as Element).closest('a.mark') || event.button !== 0) return;
			start = { x: event.clientX, view };
			view.setPointerCapture(event.pointerId);
		});
		this.addEventListener('pointermove', (event) => {
			if (!start) return;
			brush.hidden = false;
			brush.style.left = `${Math.min(start.x, event.clientX) - frameLeft()}px`;
			brush.style.width = `${Math.abs(event.clientX - start.x)}px`;
		});
		this.addEventListener('pointerup', (event) => {
			if (!start) return;
			const { view, x } = start;
			start = undefined;
			brush.hidden = true;
			if (Math.abs(event.clientX - x) < 8) return;
			const [left, right] = [Math.min(x, event.clientX), Math.max(x, event.clientX)];
			void this.#load().then((ok) => {
				const range = ok && this.#datesAt(view, left, right);
				if (range) this.#apply({ ...this.#filter, from: range[0], to: range[1] });
			});
		});
	}

	#datesAt(view: HTMLElement, left: number, right: number): [string, string] | undefined {
		const layout = this.#layouts.get(view) ?? this.#readLayout(view);
		const svg = view.querySelector('svg');
		if (!layout || !svg) return undefined;
		const rect = svg.getBoundingClientRect();
		const toUnits = (clientX: number) => ((clientX - rect.left) / rect.width) * layout.width;
		const scale = createTimeScale(
			[utcDate(layout.domain[0]), utcDate(layout.domain[1])],
			[layout.plotLeft, layout.plotRight]
		);
		const clamp = (x: number) => Math.min(Math.max(x, layout.plotLeft), layout.plotRight);
		const from = isoDate(scale.invert(clamp(toUnits(left))));
		const to = isoDate(scale.invert(clamp(toUnits(right))));
		return from < to ? [from, to] : undefined;
	}
}

customElements.define('timeline-chart', TimelineChart);
