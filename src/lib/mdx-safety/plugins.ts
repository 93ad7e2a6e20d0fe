import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { formatProblem } from '../validate/problems';
import { findMdxSafetyIssues } from './rules';
import { isExternalUrl } from './urls';
import { pagePath } from '../urls';
import { translationPath } from '../content/translations';
import { isTranslatedLanguage } from '../i18n/languages';

const fileName = (url: URL | undefined) =>
	url ? relative(process.cwd(), fileURLToPath(url)).split('\\').join('/') : '(unknown file)';

/** Editors' MDX is held to the content rules; the site's own prose (`src/prose/`) is code, reviewed as code. */
const isContent = (file: string) => !file.startsWith('src/');

/**
 * Stop the build on MDX that breaks the content rules, before any of its code is compiled or run.
 * Astro blanks the frontmatter but keeps its lines, so the lines reported are file lines.
 */
export const mdxSafetyPlugin = defineMdastPlugin({
	name: 'release-waves:mdx-safety',
	options: { position: true },
	before(root, ctx) {
		if (!isContent(fileName(ctx.fileURL))) return;
		const issues = findMdxSafetyIssues(root);
		if (issues.length === 0) return;
		const file = fileName(ctx.fileURL);
		const report = issues.map((issue) => formatProblem({ file, field: '(body)', ...issue })).join('\n');
		throw new Error(`Unsafe MDX in ${file}: ${issues.length} problem(s); the build stops here.\n${report}`);
	},
});

/**
 * Links in content: add `rel="noopener noreferrer"` to every link to another site, and put links to a
 * page of this site (`/events/…`) under the folder the site is served from, in the translation's language.
 */
export function contentLinksPlugin(base: string) {
	return defineHastPlugin({
		name: 'release-waves:content-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				if (typeof href !== 'string') return;
				const file = fileName(ctx.fileURL);
				if (isExternalUrl(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
				else if (href.startsWith('/') && isContent(file)) {
					const lang = translationPath(file)?.lang;
					ctx.setProperty(node, 'href', pagePath(lang && isTranslatedLanguage(lang) ? lang : 'en', href, base));
				}
			},
		},
	});
}
