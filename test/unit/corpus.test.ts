import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.ts';
import { generateCorpus, hostileFile } from '../../scripts/generate-corpus.ts';
import { temporaryDir } from './fixtures.ts';

describe('the benchmark corpus', () => {
	it('is valid content, so the bench measures a passing check', async () => {
		const contentDir = join(temporaryDir('corpus-'), 'content');
		generateCorpus(200, contentDir);
		expect((await check({ contentDir, today: '2026-11-30' })).diagnostics).toEqual([]);
	});

	// How long a check with this file takes is the bench's business (npm run bench): a test that
	// timed it would fail on a loaded machine.
	it('with its hostile file, fails at that file and nowhere else', async () => {
		const contentDir = join(temporaryDir('corpus-'), 'content');
		generateCorpus(200, contentDir);
		writeFileSync(join(contentDir, 'cros', 'hostile.mdx'), hostileFile());
		const { diagnostics } = await check({ contentDir, today: '2026-11-30' });
		expect(diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual(['yaml-alias content/cros/hostile.mdx']);
	});
});
