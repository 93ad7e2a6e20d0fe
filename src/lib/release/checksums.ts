import { createHash } from 'node:crypto';
import type { ReleaseFile } from './manifest';

/** The SHA-256 of some bytes, in lower-case hex. */
export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Describe a file's bytes for a release. */
export function releaseFile(name: string, bytes: Uint8Array): ReleaseFile {
	return { name, bytes: bytes.byteLength, sha256: sha256(bytes) };
}

/** The checksum file of a release; `.txt` so that any static host serves it as text. */
export const CHECKSUMS_FILE = 'SHA256SUMS.txt';

/** Write a `SHA256SUMS.txt` file as `sha256sum` writes it, so `sha256sum -c SHA256SUMS.txt` checks a download. */
export function checksumsText(files: readonly ReleaseFile[]): string {
	return files.map((file) => `${file.sha256}  ${file.name}\n`).join('');
}

/** Read a `SHA256SUMS.txt` file back into file names and hashes. */
export function parseChecksums(text: string): Map<string, string> {
	const sums = new Map<string, string>();
	for (const line of text.split('\n')) {
		if (line.trim() === '') continue;
		const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
		if (!match) throw new Error(`SHA256SUMS.txt: cannot read the line "${line}"`);
		sums.set(match[2]!, match[1]!);
	}
	return sums;
}
