import { crc32 } from 'node:zlib';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** Read a PNG's width and height from its header; undefined when the bytes do not start as a PNG does. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
	if (bytes.length < 24 || SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (view.getUint32(12) !== 0x49484452) return undefined; // "IHDR" must come first
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Check that bytes are a whole PNG: the signature, then chunks whose lengths and checksums hold, ending
 * with IEND. A file cut short by an interrupted write, or damaged on disk, fails.
 */
export function isCompletePng(bytes: Uint8Array): boolean {
	if (!pngSize(bytes)) return false;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = SIGNATURE.length;
	while (at + 12 <= bytes.length) {
		const length = view.getUint32(at);
		const end = at + 12 + length;
		if (end > bytes.length) return false;
		if (crc32(bytes.subarray(at + 4, end - 4)) !== view.getUint32(end - 4)) return false;
		if (view.getUint32(at + 4) === 0x49454e44) return end === bytes.length; // "IEND"
		at = end;
	}
	return false;
}
