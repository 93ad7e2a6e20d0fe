/** A button that turns the page's lists between newest first (as built) and oldest first. */
class ListOrder extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		button.hidden = false;
		button.addEventListener('click', () => {
			for (const list of document.querySelectorAll(this.dataset['targets'] ?? ''))
				list.append(...[...list.children].reverse());
			const oldestFirst = button.getAttribute('aria-pressed') !== 'true';
			button.setAttribute('aria-pressed', String(oldestFirst));
		});
	}
}

customElements.define('list-order', ListOrder);
