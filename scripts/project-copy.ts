/**
 * A copy of the project in another folder, to build with other content (the bench's corpus, a
 * test's broken entry) without touching the real one. node_modules is linked, not copied.
 */
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** What a build needs besides content and node_modules. */
const projectFiles = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/** Copies the project into `dir` (which may not exist yet), with the real content when `withContent`. */
export function copyProject(dir: string, { withContent = false } = {}): string {
	mkdirSync(dir, { recursive: true });
	for (const item of withContent ? [...projectFiles, 'content'] : projectFiles) {
		if (existsSync(join(root, item))) cpSync(join(root, item), join(dir, item), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}
