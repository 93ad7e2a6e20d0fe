import { describe, expect, it } from 'vitest';
import { findGluedText } from '../../../../src/lib/quality/glued-text';

describe('findGluedText()', () => {
	it('finds a word run into a link, on either side', () => {
		expect(findGluedText('<p>published under the<a href="/x">licence</a></p>')).toHaveLength(1);
		expect(findGluedText('<p>see <a href="/x">here</a>now</p>')).toHaveLength(1);
	});

	it('accepts normal spacing and punctuation, and ignores scripts and SVG', () => {
		expect(
			findGluedText(
				'<p>see <a href="/x">here</a>, then <strong>this</strong>.</p><svg><a>x</a>y</svg><script>a<a>b</script>'
			)
		).toEqual([]);
	});
});
