import { formatDateIn } from '../../lib/i18n/format';
import { LANGUAGES, type Language } from '../../lib/i18n/languages';

const isoToday = () => {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Fills in today as the day accessed, and copies a citation with one press; without it, the text is selectable. */
class CiteThis extends HTMLElement {
	connectedCallback() {
		const slot = this.dataset['slot'] ?? '';
		const lang = this.dataset['lang'] ?? 'en';
		const today = isoToday();
		const status = this.querySelector('.cite-status');
		for (const area of this.querySelectorAll<HTMLTextAreaElement>('textarea')) {
			// The plain text writes the day as the page's language does, RIS as YYYY/MM/DD, the others YYYY-MM-DD.
			const format = area.dataset['format'];
			const day =
				format === 'text' && Object.hasOwn(LANGUAGES, lang)
					? formatDateIn(lang as Language, today)
					: format === 'ris'
						? today.replace(/-/g, '/')
						: today;
			area.value = area.value.split(slot).join(day);
			area.addEventListener('focus', () => area.select());
		}
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
			button.hidden = false;
			button.addEventListener('click', () => {
				const area = this.querySelector<HTMLTextAreaElement>(`#${button.dataset['copy'] ?? ''}`);
				if (!area || !status) return;
				area.select();
				navigator.clipboard.writeText(area.value).then(
					() => (status.textContent = this.dataset['copied'] ?? ''),
					() => (status.textContent = this.dataset['copyFailed'] ?? '')
				);
			});
		}
	}
}

customElements.define('cite-this', CiteThis);
