import { gzipSync } from 'node:zlib';

/** Bytes of one kind of resource, as sent and as gzip would send it. */
export interface Bytes {
	raw: number;
	gzip: number;
}

/** What one page costs a reader: its HTML, CSS and JS (inline and linked) and how many requests it makes. */
export interface PageWeight {
	page: string;
	/** The document without its inline styles and scripts (gzip: the whole document, as sent). */
	html: Bytes;
	/** Inline and linked styles, each compressed on its own. */
	css: Bytes;
	/** Inline and linked scripts, each compressed on its own. */
	js: Bytes;
	/** What crosses the network: the document plus linked CSS and JS. */
	wire: Bytes;
	/** The document plus every same-site file it loads (scripts, their imports, styles, icons, images). */
	requests: number;
}

const size = (text: string): Bytes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

const attr = (tag: string, name: string) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1];

/** Resolve `ref` against `base` (both site paths), dropping query and hash. */
function resolve(ref: string, base: string): string {
	return new URL(ref, `http://site${base}`).pathname;
}

/** Static imports inside a JS chunk, e.g. `import"./a.js"` or `from "./b.js"`. */
function jsImports(code: string): string[] {
	return [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/**
 * Weigh a built page. `read` returns a site file's text (e.g. `/_astro/x.js`) or undefined when missing.
 * Inline `<style>` and `<script>` count as CSS and JS rather than HTML, so budgets compare like with like.
 */
export function weighPage(page: string, html: string, read: (path: string) => string | undefined): PageWeight {
	let css = ZERO;
	let js = ZERO;
	let linked = ZERO;
	const files = new Set<string>();
	const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
	const inlineScripts = [
		...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g),
	].map((m) => m[1]!);
	for (const text of inlineStyles) css = add(css, size(text));
	const pending: string[] = [];
	for (const text of inlineScripts) {
		js = add(js, size(text));
		pending.push(...jsImports(text).map((ref) => resolve(ref, page)));
	}
	for (const [tag] of html.matchAll(/<(?:script|link|img)\b[^>]*>/g)) {
		const ref = tag.startsWith('<script')
			? attr(tag, 'src')
			: tag.startsWith('<img')
				? attr(tag, 'src')
				: attr(tag, 'href');
		if (!ref || /^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) continue;
		if (tag.startsWith('<link') && !/rel=["']?(?:stylesheet|icon|modulepreload)/.test(tag)) continue;
		pending.push(resolve(ref, page));
	}
	while (pending.length) {
		const path = pending.pop()!;
		if (files.has(path)) continue;
		files.add(path);
		const text = read(path);
		if (text === undefined) continue;
		if (path.endsWith('.css')) css = add(css, size(text));
		if (/\.(?:css|js)$/.test(path)) linked = add(linked, size(text));
		if (path.endsWith('.js')) {
			js = add(js, size(text));
			pending.push(...jsImports(text).map((ref) => resolve(ref, path)));
		}
	}
	const inline = [...inlineStyles, ...inlineScripts].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
	const htmlOnly = size(html);
	return {
		page,
		html: { raw: htmlOnly.raw - inline, gzip: htmlOnly.gzip },
		css,
		js,
		wire: add(htmlOnly, linked),
		requests: 1 + files.size,
	};
}
