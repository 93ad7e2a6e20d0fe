/** A drawing worker, started by draw-pool.ts: draws the images it is sent, one at a time, and sends back each PNG. */
import { parentPort } from 'node:worker_threads';
import { layersToPng } from './draw.ts';
import type { DrawResult } from './draw-pool.ts';
import type { SocialImageLayers } from './image-svg.ts';

const port = parentPort!;
port.on('message', (layers: SocialImageLayers) => {
	layersToPng(layers).then(
		(png) => port.postMessage({ png } satisfies DrawResult, [png.buffer]),
		(error: unknown) =>
			port.postMessage({
				error: error instanceof Error ? (error.stack ?? error.message) : String(error),
			} satisfies DrawResult)
	);
});
