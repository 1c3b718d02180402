/**
 * After Astro writes dist/, index it with Pagefind's Node API. Every `errors[]` fails the
 * build, and the service is always closed so a failed build does not hang.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export interface PagefindResult {
	pageCount: number;
}

/** Index the built site in `directory` and write the index to `<directory>/pagefind/`. */
export async function indexSite(directory: string): Promise<PagefindResult> {
	const pagefind = await import('pagefind');
	try {
		const { index, errors: createErrors } = await pagefind.createIndex({ rootSelector: 'main' });
		if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
		const { errors: indexErrors, page_count: pageCount } = await index.addDirectory({ path: directory });
		if (indexErrors.length > 0) throw new Error(`Pagefind could not index ${directory}: ${indexErrors.join('; ')}`);
		const { errors: writeErrors } = await index.writeFiles({ outputPath: `${directory}/pagefind` });
		if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index: ${writeErrors.join('; ')}`);
		return { pageCount };
	} finally {
		await pagefind.close();
	}
}

export function pagefindIntegration(): AstroIntegration {
	return {
		name: 'biobridge:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { pageCount } = await indexSite(fileURLToPath(dir));
				// The bench reads this line for Pagefind's share of the build.
				logger.info(`Indexed ${pageCount} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
			},
		},
	};
}
