/**
 * Who the checker says it is. A server's operator who sees it in a log can find the project
 * (the `repository` of package.json) and see why it asks: "+URL" is how crawlers name a page
 * about themselves.
 */

/** `github:owner/name`, `owner/name`, `git+https://…/name.git`, `git@host:owner/name.git` or `{ url }`, as npm allows, to a web address. */
export function repositoryUrl(repository: unknown): string | undefined {
	const raw = typeof repository === 'string' ? repository : (repository as { url?: unknown } | null)?.url;
	if (typeof raw !== 'string' || raw.trim() === '') return undefined;
	const text = raw.trim();
	const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(text);
	if (shorthand) return `https://github.com/${shorthand[1]}`;
	const ssh = /^(?:git\+)?(?:ssh:\/\/)?git@([\w.-]+)[:/](.+?)(?:\.git)?$/.exec(text);
	if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
	const url = text
		.replace(/^git\+/, '')
		.replace(/^git:\/\//, 'https://')
		.replace(/\.git$/, '');
	return /^https:\/\/[^\s]+$/.test(url) ? url : undefined;
}

export function userAgent(packageJson: { repository?: unknown }): string {
	const home = repositoryUrl(packageJson.repository);
	return home
		? `BioBridge source checker (+${home})`
		: 'BioBridge source checker (checks that the sources of a knowledge base still answer; about once a week)';
}
