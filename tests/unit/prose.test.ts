import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, TRANSLATED_LANGUAGES } from '../../src/lib/i18n/languages';

const PROSE = 'src/prose';

const filesOf = (lang: string) =>
	readdirSync(join(PROSE, lang))
		.filter((file) => file.endsWith('.mdx'))
		.sort();

/** What a translation of a page's prose must keep: its anchors, its links, its components and the props it shows. */
function outline(text: string) {
	const all = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1] as string);
	return {
		/** In order: the page's sections, which other pages link to. */
		ids: all(/<h2\s+id="([^"]*)"/g),
		/** The pages of the site it links to, in the reader's language. */
		paths: [...new Set(all(/props\.path\(\s*['"`]([^'"`]*)['"`]\s*\)/g))].sort(),
		/** In order: the components that show the data, with their attributes. */
		components: all(/(<[A-Z][A-Za-z]*\b[^>]*>)/g).map((tag) => tag.replace(/\s+/g, ' ')),
		/** The values the page passes in (counts, dates, lists of labels). */
		props: [...new Set(all(/\bprops\.([A-Za-z]+)/g))].sort(),
	};
}

describe('outline()', () => {
	it('reads the anchors, links, components and props of a page', () => {
		const sample = [
			'<h2 id="files">Files</h2>',
			'<FileList />',
			'<h2  id="events">Events</h2> <a href={props.path("/data/")}>data</a>, <a href={props.path(\'/about/\')}>about</a>',
			'<FieldTable of="events" />',
			'{props.kinds.map((k) => <li>{k}</li>)} <a href={props.path(`/data/`)}>again</a>',
		].join('\n');
		expect(outline(sample)).toEqual({
			ids: ['files', 'events'],
			paths: ['/about/', '/data/'],
			components: ['<FileList />', '<FieldTable of="events" />'],
			props: ['kinds', 'path'],
		});
	});
});

describe('the prose of the pages (src/prose/<lang>/)', () => {
	const english = filesOf('en');

	it('has a folder for every language, and the English has pages', () => {
		expect(
			readdirSync(PROSE, { withFileTypes: true })
				.filter((entry) => entry.isDirectory())
				.map((entry) => entry.name)
				.sort()
		).toEqual(Object.keys(LANGUAGES).sort());
		expect(english).toEqual(expect.arrayContaining(['about.mdx', 'data.mdx']));
	});

	describe.each(TRANSLATED_LANGUAGES)('in %s', (lang) => {
		it('has the same files as the English', () => {
			expect(filesOf(lang)).toEqual(english);
		});

		it.each(english)('keeps the section ids, links, components and props of the English %s', (file) => {
			const source = outline(readFileSync(join(PROSE, 'en', file), 'utf8'));
			const translation = outline(readFileSync(join(PROSE, lang, file), 'utf8'));
			expect(source.ids.length).toBeGreaterThan(0);
			expect(translation.ids).toEqual(source.ids);
			expect(translation.paths).toEqual(source.paths);
			expect(translation.components).toEqual(source.components);
			expect(translation.props).toEqual(source.props);
		});
	});
});
