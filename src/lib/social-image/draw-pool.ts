import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SocialImageLayers } from './image-svg';

/** What a drawing worker sends back for the layers it was sent: the PNG, or why it could not draw one. */
export type DrawResult = { png: Uint8Array<ArrayBuffer> } | { error: string };

// Node runs the worker's TypeScript itself, from the project's own files, as the renderer reads the fonts: the
// build runs in the project's folder. Bundled into the build, this module's own address is not beside the worker.
const WORKER_FILE = resolve('src/lib/social-image/draw-worker.ts');
// One per core: the build renders its pages on one while the images are drawn on all of them. Each worker
// holds a renderer, its fonts and the backdrops' pixels of its own, so a large machine gets no more than four.
const WORKERS = Math.min(availableParallelism(), 4);

interface Job {
	layers: SocialImageLayers;
	resolve: (png: Uint8Array<ArrayBuffer>) => void;
	reject: (error: Error) => void;
}

interface Drawer {
	worker: Worker;
	busy: Job | undefined;
}

const queue: Job[] = [];
const drawers: Drawer[] = [];

function startDrawer(): Drawer {
	const drawer: Drawer = { worker: new Worker(WORKER_FILE), busy: undefined };
	drawers.push(drawer);
	drawer.worker.on('message', (result: DrawResult) => {
		const done = drawer.busy!;
		drawer.busy = undefined;
		if ('png' in result) done.resolve(result.png);
		else done.reject(new Error(`a social image could not be drawn: ${result.error}`));
		feed(drawer);
	});
	// A worker that dies (out of memory, a crash in the renderer) fails the build: every image waiting fails with it.
	drawer.worker.on('error', (error: Error) => {
		drawers.splice(drawers.indexOf(drawer), 1);
		const failure = new Error(`a social image drawing worker failed: ${error.message}`);
		for (const job of [drawer.busy, ...queue.splice(0)]) job?.reject(failure);
	});
	return drawer;
}

/** Give an idle drawer the next job; a drawer with nothing to do lets the process end. */
function feed(drawer: Drawer): void {
	const next = queue.shift();
	drawer.busy = next;
	if (!next) {
		drawer.worker.unref();
		return;
	}
	drawer.worker.ref();
	drawer.worker.postMessage(next.layers);
}

/**
 * Draw a social image in a worker thread, so that images are drawn on every core while the build renders its
 * pages. Images are drawn in the order they are asked for.
 */
export function drawInWorker(layers: SocialImageLayers): Promise<Uint8Array<ArrayBuffer>> {
	return new Promise((resolve, reject) => {
		queue.push({ layers, resolve, reject });
		const idle = drawers.find((drawer) => !drawer.busy) ?? (drawers.length < WORKERS ? startDrawer() : undefined);
		if (idle) feed(idle);
	});
}
