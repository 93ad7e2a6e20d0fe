import { describe, expect, it } from 'vitest';
import { weighPage } from '../../../../src/lib/quality/page-weight';

const files: Record<string, string> = {
	'/_astro/app.js': 'import"./dep.js";console.log(1)',
	'/_astro/dep.js': 'export const a = 1;',
	'/_astro/site.css': 'body{color:red}',
	'/favicon.svg': '<svg/>',
};
const read = (path: string) => files[path];

describe('weighPage()', () => {
	it('counts inline and linked CSS and JS, follows JS imports, and ignores other hosts and JSON data', () => {
		const html =
			'<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="/x/">' +
			'<style>p{margin:0}</style><script type="module" src="/_astro/app.js"></script><script src="https://cdn.example/x.js"></script>' +
			'</head><body><script type="application/json">{"a":1}</script></body></html>';
		const w = weighPage('/', html, read);
		expect(w.css.raw).toBe('body{color:red}'.length + 'p{margin:0}'.length);
		expect(w.js.raw).toBe(files['/_astro/app.js']!.length + files['/_astro/dep.js']!.length);
		expect(w.requests).toBe(5);
		expect(w.html.raw).toBe(html.length - 'p{margin:0}'.length);
		expect(w.wire.gzip).toBeGreaterThan(w.html.gzip);
	});
});
