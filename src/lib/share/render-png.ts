import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
const FONTS = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map(
	(name) => new Uint8Array(readFileSync(`src/assets/fonts/${name}`))
);
let ready: Promise<void> | undefined;

/** Rasterise an SVG to PNG at build time, with the bundled fonts only (no browser, no system fonts). */
export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
	ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
	await ready;
	const resvg = new Resvg(svg, {
		font: { fontBuffers: FONTS, defaultFontFamily: 'Liberation Sans', loadSystemFonts: false },
	});
	// Copy into a plain ArrayBuffer-backed array, which Response accepts as a body.
	return new Uint8Array(resvg.render().asPng());
}
