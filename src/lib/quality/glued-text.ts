/**
 * Find words glued to an inline element, such as `under the<a>Creative Commons</a>`: Astro's compiler drops
 * the space at a line break next to an element, and the result reads wrong without any error.
 */
export function findGluedText(html: string): string[] {
	const text = html.replace(/<(script|style|svg|textarea|pre)\b[\s\S]*?<\/\1>/g, '');
	const inline = '(?:a|strong|em|span|time|cite|code|abbr)';
	const before = new RegExp(`[\\p{L}\\p{N},;:)]<${inline}\\b[^>]*>[\\p{L}\\p{N}(]`, 'gu');
	const after = new RegExp(`</${inline}>[\\p{L}\\p{N}(]`, 'gu');
	return [...text.matchAll(before), ...text.matchAll(after)].map((m) =>
		text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20).replace(/\s+/g, ' ')
	);
}
