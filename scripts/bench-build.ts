/**
 * The build `npm run bench` measures, in a process of its own: `node scripts/bench-build.ts` in the folder to build.
 * Prints `peak-rss-kb <n>` last: this process's peak resident memory (the whole Astro build runs in it: Vite and
 * Rolldown work in threads) plus the peak of each process it started that is still running at the end (esbuild's
 * service). The sum of peaks can only overstate the build's peak, never miss part of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'astro';

// Astro keeps its content cache in node_modules/.astro, and the copy's node_modules is the project's: keep the
// cache in the copy, so a cold build is cold and copies built one after another never share it.
await build({ root: process.cwd(), cacheDir: './.bench-astro-cache/', logLevel: 'warn' });

/** The peak resident memory (VmHWM) of each running child of this process, in KB. */
function childrenPeakKb(): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.flatMap((pid) => {
			try {
				const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
				const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
				if (parent !== process.pid) return [];
				return [Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)];
			} catch {
				return []; // the process ended while being read
			}
		});
}

const total = process.resourceUsage().maxRSS + childrenPeakKb().reduce((sum, kb) => sum + kb, 0);
console.log(`\npeak-rss-kb ${total}`);
process.exit(0);
