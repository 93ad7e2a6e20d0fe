import { crc32, deflateSync } from 'node:zlib';

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

function chunk(type: string, data: Uint8Array): Buffer {
	const bytes = Buffer.alloc(12 + data.length);
	bytes.writeUInt32BE(data.length, 0);
	bytes.write(type, 4, 'latin1');
	bytes.set(data, 8);
	bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
	return bytes;
}

/**
 * Encode RGBA pixels (straight alpha, rows top to bottom) as a PNG with Node's own zlib. For share
 * images it is twice as fast as resvg's encoder and the files are a third smaller (measured: 5.7 against
 * 19 ms, 49 against 71 KB at 1200×630); `level` trades one for the other.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number, level = 5): Uint8Array<ArrayBuffer> {
	const stride = width * 4;
	// Every row starts with its filter type, 0 (none), which leaves Buffer.alloc's zero in place.
	const rows = Buffer.alloc((stride + 1) * height);
	for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 6], 8); // 8 bits per channel, RGBA
	const parts = [chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level })), chunk('IEND', new Uint8Array())];
	return new Uint8Array(Buffer.concat([Buffer.from(SIGNATURE), ...parts]));
}
