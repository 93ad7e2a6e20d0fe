import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentFiles, todayUtc } from '../lib/content/read-content';
import { validateContent } from '../lib/content/validate';
import { formatProblem, sortProblems } from '../lib/content/problems';

/**
 * Run the editors' validator before Astro loads any content, and stop the build on any problem,
 * so a broken entry never ships half a site and the build and `npm run validate` cannot disagree.
 */
export function contentGuard(): AstroIntegration {
	return {
		name: 'release-waves:content-guard',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				// Vitest loads this config through getViteConfig; unit tests bring their own fixtures.
				if (command === 'preview' || process.env['VITEST']) return;
				const { problems, events, drafts } = validateContent(readContentFiles(fileURLToPath(config.root)), todayUtc());
				if (problems.length > 0) {
					const report = sortProblems(problems).map(formatProblem).join('\n');
					throw new Error(`Content has ${problems.length} problem(s); fix them and build again:\n${report}`);
				}
				logger.info(`content checked: ${events.length} events`);
				if (drafts.length) logger.warn(`not published (drafts): ${drafts.join(', ')}`);
			},
		},
	};
}
