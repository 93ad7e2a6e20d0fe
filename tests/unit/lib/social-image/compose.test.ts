import { describe, expect, it } from 'vitest';
import { paintOver } from '../../../../src/lib/social-image/compose';

const under = () => new Uint8Array([200, 100, 0, 255, 200, 100, 0, 255, 200, 100, 0, 255]);

describe('paintOver()', () => {
	it('keeps the picture where the layer is empty, replaces it where the layer is solid, and blends between', () => {
		// Pixels: empty; solid blue; half-covering grey (premultiplied: 128 of alpha carries 50 of each colour).
		const layer = new Uint8Array([0, 0, 0, 0, 0, 0, 255, 255, 50, 50, 50, 128]);
		expect([...paintOver(under(), layer)]).toEqual([200, 100, 0, 255, 0, 0, 255, 255, 150, 100, 50, 255]);
	});

	it('leaves the picture as it was, for the next image painted over it', () => {
		const picture = under();
		paintOver(picture, new Uint8Array(12).fill(255));
		expect(picture).toEqual(under());
	});

	it('refuses layers of different sizes', () => {
		expect(() => paintOver(under(), new Uint8Array(8))).toThrow(/differ in size/);
	});
});
