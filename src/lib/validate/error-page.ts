import type { ContentProblem } from './problems';
import { escapeXml } from '../timeline/escape';

export interface ErrorPageOptions {
	/** Where the page asks whether the content changed: a JSON `{ version, problems }` answer (problems: a count). */
	statusPath: string;
	/** The version of the problems this page shows; any other answer means an edit was saved. */
	version: number;
}

const where = ({ file, line, column }: ContentProblem) =>
	[file, line, line === undefined ? undefined : column].filter((part) => part !== undefined).join(':');

/** The offending line as written, and a caret under the column when it is known. */
function excerptOf({ excerpt, column }: ContentProblem): string {
	if (excerpt === undefined) return '';
	const caret = column === undefined ? '' : `\n${' '.repeat(Math.max(column - 1, 0))}^`;
	return `<pre>${escapeXml(excerpt)}${caret}</pre>`;
}

function problemItem(problem: ContentProblem): string {
	const expected = problem.expected === undefined ? '' : `<p>Expected: ${escapeXml(problem.expected)}</p>`;
	const example = problem.example === undefined ? '' : `<p>Example: <code>${escapeXml(problem.example)}</code></p>`;
	return `<li><p><strong>${escapeXml(where(problem))}</strong>, field <code>${escapeXml(problem.field)}</code></p>
<p>${escapeXml(problem.message)}</p>${expected}${example}${excerptOf(problem)}</li>`;
}

// The page polls rather than using Vite's client: it is not a Vite module, so `import.meta.hot` is not there,
// and a `<meta http-equiv="refresh">` would make it flicker every second. Astro loads a fixed file a moment
// after the check sees it, so the page waits until it renders (for at most ten tries) before reloading; a failed
// request (the server restarting) is tried again.
const reloadScript = ({ statusPath, version }: ErrorPageOptions) => `<script>
let tries = 0;
const poll = async () => {
	try {
		const status = await (await fetch(${JSON.stringify(statusPath)}, { cache: 'no-store' })).json();
		if (status.version !== ${version}) {
			const ready = status.problems > 0 || ++tries >= 10 || (await fetch(location.href, { cache: 'no-store' })).ok;
			if (ready) return location.reload();
		}
	} catch {}
	setTimeout(poll, 1000);
};
setTimeout(poll, 1000);
</script>`;

/**
 * The preview's answer to a page request while the content has problems: every problem in the validator's words,
 * instead of the last good version of the page. It is never built, so its inline style and script meet no CSP.
 */
export function contentErrorPage(problems: readonly ContentProblem[], options: ErrorPageOptions): string {
	const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Not shown: ${count} in the content</title>
<link rel="icon" href="data:,">
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; color: #a40000; }
li { margin-bottom: 1.25rem; }
li p { margin: 0.25rem 0; }
pre { background: #f3f3f3; padding: 0.5rem; overflow-x: auto; }
</style>
</head>
<body>
<h1>This page is not shown: ${count} in the content</h1>
<p>Fix the file and save: this page reloads by itself.</p>
<ol>
${problems.map(problemItem).join('\n')}
</ol>
${reloadScript(options)}
</body>
</html>
`;
}
