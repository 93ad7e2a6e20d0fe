import { prepareIndex, search, type SearchDoc, type SearchResult } from '../../lib/search/engine';
import { fill } from '../../lib/i18n/locale';
import { foldKey } from '../../lib/search/fold';
import type { SearchMessages } from '../../lib/search/messages';

const isDoc = (value: unknown): value is SearchDoc =>
	Array.isArray(value) &&
	['person', 'wave', 'page'].includes(value[0] as string) &&
	typeof value[1] === 'string' &&
	typeof value[2] === 'string' &&
	typeof value[3] === 'string' &&
	Array.isArray(value[4]);

/** Fetch and fold the index once per page; a malformed entry is left out. */
let loading: Promise<ReturnType<typeof prepareIndex>> | undefined;
function loadIndex(url: string) {
	loading ??= fetch(url)
		.then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))
		.then((data: unknown) => prepareIndex(Array.isArray(data) ? data.filter(isDoc) : []));
	return loading;
}

/** One result as a list item: the name, what it is, the spelling that matched, and a detail line. */
function resultItem(result: SearchResult, messages: SearchMessages, id: string, popup: boolean): HTMLLIElement {
	const [kind, name, url, detail] = result.doc;
	const item = document.createElement('li');
	item.id = id;
	item.className = `search-result search-${kind}`;
	const title = document.createElement(popup ? 'span' : 'a');
	title.className = 'search-name';
	title.textContent = name;
	if (title instanceof HTMLAnchorElement) title.href = url;
	const what = document.createElement('span');
	what.className = 'search-kind';
	what.textContent = messages.kinds[kind];
	const parts: Node[] = [title, document.createTextNode(' '), what];
	if (result.matched) {
		const matched = document.createElement('span');
		matched.className = 'search-matched';
		matched.textContent = fill(messages.matched, { spelling: result.matched });
		parts.push(document.createTextNode(' '), matched);
	}
	const line = document.createElement('span');
	line.className = 'search-detail';
	line.textContent = detail;
	parts.push(line);
	item.append(...parts);
	if (popup) {
		item.setAttribute('role', 'option');
		item.setAttribute('aria-selected', 'false');
		item.dataset['href'] = url;
	}
	return item;
}

/**
 * Search as the reader types. In the header it is a combobox: arrows move through the results, Enter
 * opens one (or the search page, when none is chosen), Escape closes. On the search page the results
 * are a list of links above the A–Z index, which they replace while a query is typed.
 */
export function bindSearch(root: HTMLElement): void {
	const input = root.querySelector('input');
	const list = root.querySelector<HTMLUListElement>('.search-results');
	const status = root.querySelector('.search-status');
	if (!input || !list || !status) return;
	const messages = JSON.parse(root.dataset['messages'] ?? '{}') as SearchMessages;
	const popup = root.dataset['mode'] !== 'page';
	const azIndex = popup ? null : document.querySelector<HTMLElement>('.name-index');
	let active = -1;

	const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
	/** Choose a result by position (wrapping round), or none with `null`. */
	const setActive = (next: number | null) => {
		const items = options();
		active = next === null || items.length === 0 ? -1 : (next + items.length) % items.length;
		items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
		if (active >= 0) {
			input.setAttribute('aria-activedescendant', items[active]!.id);
			items[active]!.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};
	const close = () => {
		list.hidden = true;
		if (popup) input.setAttribute('aria-expanded', 'false');
		setActive(null);
	};

	const update = async () => {
		const query = input.value.trim();
		if (!popup && azIndex) azIndex.hidden = query !== '';
		// One letter is not yet a search (the engine waits for a second): say nothing rather than "nothing found".
		if (foldKey(query).replace(/ /g, '').length < 2) {
			list.replaceChildren();
			status.textContent = '';
			return close();
		}
		let index;
		try {
			index = await loadIndex(root.dataset['index'] ?? '');
		} catch {
			status.textContent = messages.failed;
			return;
		}
		if (input.value.trim() !== query) return;
		const results = search(index, query, popup ? 8 : 50);
		list.replaceChildren(...results.map((r, i) => resultItem(r, messages, `${input.id}-result-${i}`, popup)));
		list.hidden = results.length === 0;
		if (popup) input.setAttribute('aria-expanded', String(results.length > 0));
		setActive(null);
		status.textContent = results.length
			? fill(messages.results, { count: results.length })
			: fill(messages.none, { query });
	};

	input.addEventListener('input', () => void update());
	if (popup) {
		input.addEventListener('keydown', (event) => {
			if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
				if (list.hidden) return;
				event.preventDefault();
				// From no choice, down goes to the first result and up to the last.
				const down = event.key === 'ArrowDown';
				setActive(active === -1 ? (down ? 0 : -1) : active + (down ? 1 : -1));
			} else if (event.key === 'Escape') {
				if (list.hidden) input.value = '';
				close();
			} else if (event.key === 'Enter' && active >= 0) {
				event.preventDefault();
				location.assign(options()[active]!.dataset['href'] ?? '');
			}
		});
		list.addEventListener('pointerdown', (event) => {
			// Before the field loses focus, so the result is still there to open.
			const item = (event.target as Element).closest<HTMLLIElement>('[role="option"]');
			if (item?.dataset['href']) location.assign(item.dataset['href']);
		});
		root.addEventListener('focusout', (event) => {
			if (!root.contains(event.relatedTarget as Node | null)) close();
		});
	} else {
		const query = new URLSearchParams(location.search).get('q');
		if (query && !input.value) input.value = query;
	}
	// Fetch the index as soon as the field has focus, so the first letters typed already find something.
	loadIndex(root.dataset['index'] ?? '').catch(() => undefined);
	void update();
}
