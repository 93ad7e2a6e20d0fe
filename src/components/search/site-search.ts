/**
 * The search field: nothing of the search is loaded until a reader focuses it (or arrives on the
 * search page with a query); then the engine and the index of the page's language are fetched once.
 */
class SiteSearch extends HTMLElement {
	connectedCallback() {
		const load = () => void import('./search-box').then(({ bindSearch }) => bindSearch(this));
		if (this.dataset['mode'] === 'page' && new URLSearchParams(location.search).get('q')) load();
		else this.addEventListener('focusin', load, { once: true });
	}
}

customElements.define('site-search', SiteSearch);
