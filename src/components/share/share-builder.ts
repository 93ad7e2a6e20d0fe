import { embedSnippet, embedUrl, type EmbedOptions } from '../../lib/embed/snippet';
import { parseDateParam } from '../../lib/timeline/filter';
import { isEventKind } from '../../lib/content/vocabulary';
import { formText } from '../../lib/form-text';
import { LANGUAGES, type Language } from '../../lib/i18n/languages';

const isLanguage = (value: string): value is Language => Object.hasOwn(LANGUAGES, value);

/** Builds the embed snippet from the form, previews it, and copies it. */
class EmbedBuilder extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const output = this.querySelector('textarea')!;
		const preview = this.querySelector('iframe')!;
		const status = this.querySelector('[role="status"]')!;
		const root = this.dataset['root'] ?? new URL('/', location.href).href;
		const titles = JSON.parse(this.dataset['titles'] ?? '{}') as Partial<Record<Language, string>>;
		const update = () => {
			const data = new FormData(form);
			const theme = formText(data, 'theme');
			const lang = formText(data, 'lang');
			const options: EmbedOptions = {
				from: parseDateParam(formText(data, 'from'), 'start'),
				to: parseDateParam(formText(data, 'to'), 'end'),
				kinds: data.getAll('kind').map(String).filter(isEventKind),
				highlight: formText(data, 'highlight') || undefined,
				theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
				lang: isLanguage(lang) ? lang : 'en',
			};
			output.value = embedSnippet(root, options, titles[options.lang ?? 'en'] ?? '');
			const local = embedUrl(new URL(this.dataset['localRoot'] ?? '/', location.href).href, options);
			if (preview.src !== local) preview.src = local;
			status.textContent = '';
		};
		form.addEventListener('input', update);
		form.addEventListener('change', update);
		output.addEventListener('focus', () => output.select());
		const copy = async () => {
			output.select();
			try {
				await navigator.clipboard.writeText(output.value);
				status.textContent = this.dataset['copied'] ?? '';
			} catch {
				status.textContent = this.dataset['copyFailed'] ?? '';
			}
		};
		this.querySelector('[data-copy]')?.addEventListener('click', () => void copy());
		update();
	}
}

customElements.define('embed-builder', EmbedBuilder);
