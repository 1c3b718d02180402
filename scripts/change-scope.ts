/**
 * Which tests a pull request needs, from the files it changes: a change that touches only
 * content (content/ and the images in public/images/) runs the content tier — the checker, the
 * build and the tests that read the built site (npm run test:content) — and anything else runs
 * everything (npm test). A pull request may change at most a set number of content files: more
 * is a bulk import for a maintainer, not an edit. Prints `tier=content` or `tier=full` for
 * $GITHUB_OUTPUT; exits 1, with a message, over the limit.
 *
 *   node scripts/change-scope.ts <base commit>       (in a checkout with the base fetched)
 */
import { execFileSync } from 'node:child_process';
import { maxChangedFilesPerPullRequest } from '../src/check/limits.ts';
import { imageFolder } from '../src/schema/url-policy.ts';

/** Whether a path (relative to the repository) is content an editor changes: the entries, and the images bodies show. */
export const isContentPath = (file: string) => file.startsWith('content/') || file.startsWith(`${imageFolder.repository}/`);

export function changeScope(files: readonly string[]): { tier: 'content' | 'full'; problem?: string } {
	const content = files.filter(isContentPath);
	if (content.length > maxChangedFilesPerPullRequest)
		return {
			tier: 'full',
			problem: `This pull request changes ${content.length} content files; one pull request may change at most ${maxChangedFilesPerPullRequest}. Split it into smaller pull requests, or ask a maintainer to import the entries in bulk.`,
		};
	return { tier: files.length > 0 && content.length === files.length ? 'content' : 'full' };
}

if (import.meta.main) {
	const base = process.argv[2];
	const files = base
		? execFileSync('git', ['diff', '--name-only', '-z', `${base}...HEAD`], { encoding: 'utf8' })
				.split('\0')
				.filter(Boolean)
		: [];
	const { tier, problem } = changeScope(files);
	if (problem) {
		console.error(problem);
		process.exit(1);
	}
	console.log(`tier=${tier}`);
}
