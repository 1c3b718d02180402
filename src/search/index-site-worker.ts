/**
 * `indexSite` on a thread of its own (src/integrations/pagefind.ts starts it): its reading of
 * dist/ and its messages to Pagefind are not slowed by the build's heap of several gigabytes,
 * whose garbage collection the main thread pays for. The build sends one message when Astro has
 * written every page.
 */
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { indexSite } from './index-site.ts';

const { directory, early, skipped } = workerData as { directory: string; early: string[]; skipped: string[] };
const written = parentPort ? once(parentPort, 'message') : Promise.resolve();
parentPort?.postMessage(await indexSite(directory, { early, skipped, written }));
