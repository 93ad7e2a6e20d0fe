/**
 * Paint a layer over an opaque picture, as the renderer paints one shape over another ("source over"), and
 * return the result; the picture is left as it was, for the next image drawn over it. `layer` is RGBA with
 * premultiplied alpha, as the renderer gives it; `under` and the result are opaque RGBA, the same size.
 */
export function paintOver(under: Uint8Array, layer: Uint8Array): Uint8Array<ArrayBuffer> {
	if (under.length !== layer.length)
		throw new Error(`layers differ in size: ${under.length} and ${layer.length} bytes`);
	const out = new Uint8Array(under);
	// Most of a layer is empty: find its pixels four bytes at a time, and leave those alone.
	const words = new Uint32Array(layer.buffer, layer.byteOffset, layer.length / 4);
	for (let p = 0; p < words.length; p++) {
		if (words[p] === 0) continue;
		const i = p * 4;
		const keep = 255 - layer[i + 3]!;
		out[i] = layer[i]! + Math.round((under[i]! * keep) / 255);
		out[i + 1] = layer[i + 1]! + Math.round((under[i + 1]! * keep) / 255);
		out[i + 2] = layer[i + 2]! + Math.round((under[i + 2]! * keep) / 255);
	}
	return out;
}
