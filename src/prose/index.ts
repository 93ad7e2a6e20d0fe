import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Language } from '../lib/i18n/languages';

/** The long prose of a page, one MDX file per language: `src/prose/<lang>/<page>.mdx`. */
export type ProsePage = 'about' | 'data';

const files = import.meta.glob<{ default: AstroComponentFactory }>('./*/*.mdx', { eager: true });

/** The prose of a page in a language; every language has every page (a unit test checks). */
export function proseOf(lang: Language, page: ProsePage): AstroComponentFactory {
	const file = files[`./${lang}/${page}.mdx`];
	if (!file) throw new Error(`src/prose/${lang}/${page}.mdx is missing`);
	return file.default;
}
