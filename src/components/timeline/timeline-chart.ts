import type { ChartView } from '../../lib/timeline/chart';
import { filterParams, isFiltered, parseFilter, type TimelineFilter } from '../../lib/timeline/filter';
import { asChartData, type ChartData, type ChartHost } from './chart-host';
import type { ChartLocale, ChartMessages } from '../../lib/timeline/types';
import { makeLocale } from '../../lib/i18n/locale';
import { LANGUAGES, type Language } from '../../lib/i18n/languages';
import { bindDownloads } from './chart-downloads';
import { bindFilters, syncFilters } from './chart-filters';
import { bindKeyboard, resetFocusOrder } from './chart-keyboard';
import { filterList } from './chart-list';
import { bindPreview } from './chart-preview';
import { bindZoom } from './chart-zoom';

/**
 * The code that draws another view, loaded with the data on the first filter, zoom or download: the build drew
 * the first view, and most readers never ask for another, so the page does not carry it.
 */
const loadDrawing = () =>
	Promise.all([
		import('../../lib/timeline/chart'),
		import('../../lib/timeline/legend'),
		import('../../lib/timeline/presets'),
	]).then(([{ renderChart }, { legendSpec, renderLegendHtml }, { SWARM }]) => ({
		renderChart,
		legend: (layout: ChartView['swarm']['layout'], loc: ChartLocale) =>
			renderLegendHtml(legendSpec(layout, SWARM), loc),
	}));
type Drawing = Awaited<ReturnType<typeof loadDrawing>>;

const pageLanguage = (value: string | undefined): Language =>
	value && Object.hasOwn(LANGUAGES, value) ? (value as Language) : 'en';

/** Enhances the build-time chart: previews, keyboard moves, filters in the address, zoom and downloads. */
class TimelineChart extends HTMLElement implements ChartHost {
	root: HTMLElement = this;
	// The page gives the chart its words in the page's language; the build checked them against the dictionary.
	loc: ChartLocale = makeLocale(
		pageLanguage(this.dataset['lang']),
		JSON.parse(this.dataset['messages'] ?? '{}') as ChartMessages
	);
	#filter: TimelineFilter = { kinds: [] };
	#loading: Promise<ChartData | undefined> | undefined;
	#drawing: Promise<Drawing> | undefined;
	#view: ChartView | undefined;

	connectedCallback() {
		const params = new URLSearchParams(location.search);
		this.#filter = parseFilter(params);
		bindPreview(this, this.loc.t.chart.open);
		bindKeyboard(this);
		bindFilters(this);
		bindZoom(this);
		bindDownloads(this);
		resetFocusOrder(this);
		syncFilters(this, this.#filter);
		// The build drew the unfiltered chart; redraw only when the address asks for another view.
		const highlight = params.get('highlight');
		if (isFiltered(this.#filter) || highlight) {
			void this.#ready().then(([loaded, drawing]) => {
				// Only an id that names a wave is used, so the query can never inject anything.
				if (highlight && loaded?.data.some((d) => d.id === highlight)) this.dataset['highlight'] = highlight;
				if (loaded) this.#draw(loaded, drawing, false);
			});
		}
	}

	filter(): TimelineFilter {
		return this.#filter;
	}

	/** Fetch the chart's data once, on first need, so the page itself carries none. */
	data(): Promise<ChartData | undefined> {
		this.#loading ??= fetch(this.dataset['source'] ?? '/data/timeline.json')
			.then((response) =>
				response.ok ? response.json().then(asChartData) : Promise.reject(new Error(response.statusText))
			)
			.catch(() => {
				this.#status(this.loc.t.chart.loadFailed);
				return undefined;
			});
		return this.#loading;
	}

	/** The data and the code that draws it, fetched together. */
	#ready(): Promise<[ChartData | undefined, Drawing]> {
		this.#drawing ??= loadDrawing();
		return Promise.all([this.data(), this.#drawing]);
	}

	async view(): Promise<ChartView | undefined> {
		const [loaded, drawing] = await this.#ready();
		if (loaded && !this.#view) this.#view = this.#render(loaded, drawing);
		return this.#view;
	}

	apply(filter: TimelineFilter) {
		this.#filter = filter;
		void this.#ready().then(([loaded, drawing]) => loaded && this.#draw(loaded, drawing, true));
	}

	#render(loaded: ChartData, { renderChart }: Drawing): ChartView {
		return renderChart(loaded.data, loaded.held, this.#filter, {
			baseHref: this.dataset['baseHref'],
			linkTarget: this.dataset['linkTarget'] === '_blank' ? '_blank' : undefined,
			highlight: this.dataset['highlight'],
			moreHref: this.dataset['list'] ?? `${this.dataset['baseHref'] ?? '/'}events/`,
			loc: this.loc,
		});
	}

	#draw(loaded: ChartData, drawing: Drawing, pushUrl: boolean) {
		const view = this.#render(loaded, drawing);
		this.#view = view;
		const set = (selector: string, html: string) => {
			const el = this.querySelector(selector);
			if (el) el.innerHTML = html;
		};
		set('.timeline-view-wide', view.swarm.svg);
		set('.timeline-view-rows', view.rows.html);
		set('.timeline-legend-slot', drawing.legend(view.swarm.layout, this.loc));
		const title = this.closest('.chart-unit')?.querySelector('.chart-title');
		if (title) title.textContent = view.title;
		resetFocusOrder(this);
		filterList(this.dataset['list'], this.#filter);
		syncFilters(this, this.#filter);
		this.#status(view.status);
		this.dispatchEvent(new CustomEvent('timeline-change', { bubbles: true }));
		if (pushUrl) {
			const query = filterParams(this.#filter).toString();
			history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
		}
	}

	#status(text: string) {
		const status = this.querySelector('.timeline-status');
		if (status) status.textContent = text;
	}
}

customElements.define('timeline-chart', TimelineChart);
