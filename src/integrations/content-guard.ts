import type { AstroIntegration } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentFiles, todayUtc } from '../lib/validate/read-content';
import { validateContent } from '../lib/validate/validate';
import { formatProblem, sortProblems, type ContentProblem } from '../lib/validate/problems';
import { contentChecker, isPageRequest } from '../lib/validate/dev-preview';
import { contentErrorPage } from '../lib/validate/error-page';

/** Every file under `content/` with its size and time: any save, addition or removal changes it. */
const contentStamp = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			const { size, mtimeMs } = statSync(path);
			return `${path} ${size} ${mtimeMs}`;
		})
		.join('\n');

const report = (problems: readonly ContentProblem[]) => sortProblems(problems).map(formatProblem).join('\n');

/**
 * Run the editors' validator before Astro loads any content, and stop the build on any problem,
 * so a broken entry never ships half a site and the build and `npm run validate` cannot disagree.
 * In `astro dev` the same check answers every page request instead, so the preview never shows an old page as if
 * an invalid edit had worked, and comes back by itself once the file is fixed.
 */
export function contentGuard(): AstroIntegration {
	// Set only by `astro dev`: Vitest starts a Vite server too, and must not check today's content.
	let dev: { root: string; statusPath: string } | undefined;
	return {
		name: 'release-waves:content-guard',
		hooks: {
			'astro:config:setup': ({ config, command, logger, updateConfig }) => {
				// Vitest loads this config through getViteConfig; unit tests bring their own fixtures.
				if (command === 'preview' || process.env['VITEST']) return;
				const root = fileURLToPath(config.root);
				// The dev server must start even with broken content, to show the editor what is wrong.
				if (command === 'dev') {
					dev = { root, statusPath: `${config.base.replace(/\/+$/, '')}/__content-status` };
					// A save seen half-written is read as a broken file, and the watcher drops the next event for 50 ms,
					// so Astro would keep the broken read: report a file only once its size has settled.
					updateConfig({
						vite: { server: { watch: { awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 20 } } } },
					});
					return;
				}
				const { problems, events, drafts } = validateContent(readContentFiles(root), todayUtc());
				if (problems.length > 0)
					throw new Error(`Content has ${problems.length} problem(s); fix them and build again:\n${report(problems)}`);
				logger.info(`content checked: ${events.length} events`);
				if (drafts.length) logger.warn(`not published (drafts): ${drafts.join(', ')}`);
			},
			'astro:server:setup': ({ server, logger }) => {
				if (!dev) return;
				const { root, statusPath } = dev;
				const contentDir = join(root, 'content');
				const checker = contentChecker(
					() => contentStamp(contentDir),
					() => validateContent(readContentFiles(root), todayUtc()).problems,
					(problems) =>
						problems.length
							? logger.error(
									`Content has ${problems.length} problem(s); the preview shows them instead of the pages:\n${report(problems)}`
								)
							: logger.info('content checked: no problems')
				);
				checker.status();
				let timer: NodeJS.Timeout | undefined;
				server.watcher.on('all', (_event, path) => {
					if (!path.startsWith(contentDir + sep)) return;
					// Check soon after a save, so the terminal reports it even before the browser asks.
					clearTimeout(timer);
					timer = setTimeout(() => checker.status(), 100);
				});
				server.middlewares.use((req, res, next) => {
					const path = (req.url ?? '/').split('?')[0] ?? '/';
					if (path === statusPath) {
						res.setHeader('Content-Type', 'application/json');
						res.setHeader('Cache-Control', 'no-store');
						const { version, problems } = checker.status();
						res.end(JSON.stringify({ version, problems: problems.length }));
						return;
					}
					if (!isPageRequest(req.method, path, req.headers)) return next();
					const { problems, version } = checker.status();
					if (!problems.length) return next();
					res.statusCode = 500;
					res.setHeader('Content-Type', 'text/html; charset=utf-8');
					res.setHeader('Cache-Control', 'no-store');
					res.end(contentErrorPage(problems, { statusPath, version }));
				});
			},
		},
	};
}
