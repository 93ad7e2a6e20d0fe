/**
 * Paint a layer over an opaque picture, as the renderer paints one shape over another ("source over"), and
 * return the result; the picture is left as it was, for the next image drawn over it. `layer` is RGBA with
 * premultiplied alpha, as the renderer gives it; `under` and the result are opaque RGBA, the same size.
 */
export function paintOver(under: Uint8Array, layer: Uint8Array): Uint8Array {
	if (under.length !== layer.length)
		throw new Error(`layers differ in size: ${under.length} and ${layer.length} bytes`);
	const out = new Uint8Array(under);
	for (let i = 0; i < layer.length; i += 4) {
		const alpha = layer[i + 3]!;
		// Most of an overlay is empty: leave those pixels as they are.
		if (alpha === 0) continue;
		const keep = 255 - alpha;
		for (let c = i; c < i + 3; c++) out[c] = layer[c]! + Math.round((under[c]! * keep) / 255);
	}
	return out;
}
