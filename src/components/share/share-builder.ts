import { embedHeight, WAVE_CARD_HEIGHT } from '../../lib/embed/height';
import {
	cardFrameTitle,
	embedSnippet,
	embedUrl,
	pictureSnippet,
	waveCardSnippet,
	waveCardUrl,
	type EmbedOptions,
	type EmbedTheme,
} from '../../lib/embed/snippet';
import { parseDateParam } from '../../lib/timeline/filter';
import { isEventKind } from '../../lib/content/vocabulary';
import { formText } from '../../lib/form-text';
import { LANGUAGES, type Language } from '../../lib/i18n/languages';
import { makeLocale } from '../../lib/i18n/locale';
import { pagePath } from '../../lib/urls';
import type { ChartMessages } from '../../lib/timeline/types';
import { asChartData, type ChartData } from '../timeline/chart-host';

/** What the builder needs of each language the embed may be in. */
interface LanguageWords {
	/** The timeline frame's title, and the template of a card frame's. */
	title: string;
	card: string;
	/** The picture's alternative text and size. */
	alt: string;
	picture: { width: number; height: number };
}

const isLanguage = (value: string): value is Language => Object.hasOwn(LANGUAGES, value);
const asTheme = (value: string): EmbedTheme => (value === 'light' || value === 'dark' ? value : 'auto');

/** Builds the snippet of the timeline, a wave's card or the picture from the form, previews it, and copies it. */
class EmbedBuilder extends HTMLElement {
	#data: Promise<ChartData | undefined> | undefined;
	#run = 0;
	#form!: HTMLFormElement;
	#output!: HTMLTextAreaElement;
	#frame!: HTMLIFrameElement;
	#picture!: HTMLImageElement;
	/** The public address of the site, for the snippet, and this copy's, for the preview. */
	#root = '';
	#localRoot = '';
	#languages = {} as Record<Language, LanguageWords>;

	connectedCallback() {
		this.#form = this.querySelector('form')!;
		this.#output = this.querySelector('textarea')!;
		this.#frame = this.querySelector('iframe.builder-preview')!;
		this.#picture = this.querySelector('img.builder-picture')!;
		this.#root = this.dataset['root'] ?? new URL('/', location.href).href;
		this.#localRoot = new URL(this.dataset['localRoot'] ?? '/', location.href).href;
		this.#languages = JSON.parse(this.dataset['languages'] ?? '{}') as Record<Language, LanguageWords>;
		const status = this.querySelector('[role="status"]')!;
		const update = () => {
			status.textContent = '';
			void this.#update();
		};
		this.#form.addEventListener('input', update);
		this.#form.addEventListener('change', update);
		this.#output.addEventListener('focus', () => this.#output.select());
		const copy = async () => {
			this.#output.select();
			try {
				await navigator.clipboard.writeText(this.#output.value);
				status.textContent = this.dataset['copied'] ?? '';
			} catch {
				status.textContent = this.dataset['copyFailed'] ?? '';
			}
		};
		this.querySelector('[data-copy]')?.addEventListener('click', () => void copy());
		update();
	}

	async #update() {
		const run = ++this.#run;
		const data = new FormData(this.#form);
		const what = formText(data, 'what') || 'timeline';
		const langValue = formText(data, 'lang');
		const lang = isLanguage(langValue) ? langValue : 'en';
		const theme = asTheme(formText(data, 'theme'));
		for (const el of this.#form.querySelectorAll<HTMLElement>('[data-for]'))
			el.hidden = !(el.dataset['for'] ?? '').split(' ').includes(what);
		this.#frame.hidden = what === 'picture';
		this.#picture.hidden = what !== 'picture';
		if (what === 'picture') return this.#showPicture(lang);
		if (what === 'wave') return this.#showCard(lang, theme);
		const options: EmbedOptions = {
			from: parseDateParam(formText(data, 'from'), 'start'),
			to: parseDateParam(formText(data, 'to'), 'end'),
			kinds: data.getAll('kind').map(String).filter(isEventKind),
			highlight: formText(data, 'highlight') || undefined,
			theme,
			lang,
		};
		const height = await this.#timelineHeight(options);
		// A later change has already written its own snippet.
		if (run !== this.#run) return;
		this.#output.value = embedSnippet(this.#root, options, this.#languages[lang].title, height);
		this.#preview(embedUrl(this.#localRoot, options), height);
	}

	/** The frame height for the options, from the same chart the embed draws; the current one if the data cannot load. */
	async #timelineHeight(options: EmbedOptions): Promise<number> {
		this.#data ??= fetch(this.dataset['source'] ?? '/data/timeline.json')
			.then((response) => (response.ok ? response.json().then(asChartData) : undefined))
			.catch(() => undefined);
		const loaded = await this.#data;
		if (!loaded) return Number(this.#frame.height);
		const pageLang = this.dataset['lang'] ?? '';
		const messages = JSON.parse(this.dataset['messages'] ?? '{}') as ChartMessages;
		return embedHeight(loaded.data, loaded.held, options, makeLocale(isLanguage(pageLang) ? pageLang : 'en', messages));
	}

	#showCard(lang: Language, theme: EmbedTheme) {
		const select = this.#form.querySelector<HTMLSelectElement>('select[name="wave"]')!;
		const card = { wave: select.value, lang, theme };
		const dates = JSON.parse(select.selectedOptions[0]?.dataset['dates'] ?? '{}') as Partial<Record<Language, string>>;
		this.#output.value = waveCardSnippet(
			this.#root,
			card,
			cardFrameTitle(this.#languages[lang].card, dates[lang] ?? '')
		);
		this.#preview(waveCardUrl(this.#localRoot, card), WAVE_CARD_HEIGHT);
	}

	#showPicture(lang: Language) {
		const { alt, picture } = this.#languages[lang];
		this.#output.value = pictureSnippet(this.#root, lang, alt, picture);
		Object.assign(this.#picture, { src: pagePath(lang, '/timeline.png', this.#localRoot), alt, lang }, picture);
	}

	/** Show an embed as a host would: at the snippet's height, which the loader may grow but the builder resets. */
	#preview(src: string, height: number) {
		if (this.#frame.src !== src) this.#frame.src = src;
		this.#frame.height = String(height);
		this.#frame.style.removeProperty('height');
	}
}

customElements.define('embed-builder', EmbedBuilder);
