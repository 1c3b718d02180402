/**
 * `indexSite` on a thread of its own (src/integrations/pagefind.ts starts it): its reading of
 * dist/ and its messages to Pagefind are not slowed by the build's heap of several gigabytes,
 * whose garbage collection the main thread pays for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexSite } from './index-site.ts';

const { directory, files } = workerData as { directory: string; files: string[] };
parentPort?.postMessage(await indexSite(directory, files));
