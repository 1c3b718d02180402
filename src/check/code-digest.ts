/**
 * What the checker's answers depend on besides the content: its own code, the schemas, the
 * shared helpers below them, and the versions of the packages they use. The cache keys every
 * stored result by this digest too, so a change of rules can never reuse an answer the old rules
 * gave (a schema made a field required, and a warm cache said "no problems").
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of src/ the checker is made of: itself, the schemas it applies, and the pure helpers both use. */
export const checkerSourceFolders = ['src/check', 'src/schema', 'src/util'] as const;

/** Every .ts file under `folder`, relative to `root`, sorted. */
function sourceFiles(root: string, folder: string): string[] {
	return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
		.filter((item) => item.isFile() && item.name.endsWith('.ts'))
		.map((item) => join(item.parentPath, item.name).slice(root.length + 1))
		.sort();
}

/** The installed version of each runtime dependency in package.json, by name. */
function dependencyVersions(root: string): [string, string][] {
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
	return Object.keys(manifest.dependencies ?? {})
		.sort()
		.map((name) => {
			try {
				return [name, (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version];
			} catch {
				return [name, 'missing'];
			}
		});
}

/** A digest of the checker's code, schemas and dependencies in the project at `root`. */
export function checkerCodeDigest(root: string): string {
	const hash = createHash('sha256');
	for (const folder of checkerSourceFolders)
		for (const file of sourceFiles(root, folder))
			hash
				.update(file)
				.update('\0')
				.update(readFileSync(join(root, file)))
				.update('\0');
	hash.update(JSON.stringify(dependencyVersions(root)));
	return hash.digest('base64url');
}

let current: string | undefined;

/** The digest of the checker that is running, worked out once per process. */
export function runningCheckerDigest(): string {
	current ??= checkerCodeDigest(join(import.meta.dirname, '..', '..'));
	return current;
}
