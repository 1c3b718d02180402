/** The weekly source workflow: when it runs, what it may do, and what it runs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	'continue-on-error'?: boolean;
	with?: Record<string, unknown>;
}

interface Workflow {
	on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
	permissions?: Record<string, string>;
	jobs: Record<string, { permissions?: unknown; steps: Step[] }>;
}

const root = join(import.meta.dirname, '..', '..');
const sources = parse(readFileSync(join(root, '.github', 'workflows', 'sources.yml'), 'utf8')) as Workflow;
const steps = Object.values(sources.jobs).flatMap((job) => job.steps);

describe('.github/workflows/sources.yml', () => {
	it('runs once a week, and by hand', () => {
		const crons = (sources.on.schedule ?? []).map((entry) => entry.cron);
		expect(crons).toHaveLength(1);
		const [minute, hour, dayOfMonth, month, dayOfWeek] = crons[0].split(/\s+/);
		expect([minute, hour]).toEqual([expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/)]);
		expect([dayOfMonth, month]).toEqual(['*', '*']);
		expect(dayOfWeek).toMatch(/^[0-6]$/);
		expect(sources.on).toHaveProperty('workflow_dispatch');
	});

	it('may read the code and write issues, nothing more, and no job asks for more', () => {
		expect(sources.permissions).toEqual({ contents: 'read', issues: 'write' });
		for (const job of Object.values(sources.jobs)) expect(job.permissions).toBeUndefined();
	});

	it('pins every action to a full commit SHA', () => {
		const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
		expect(uses.length).toBeGreaterThan(0);
		for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/);
	});

	it('puts no secret, and no expression at all, into a shell command', () => {
		for (const step of steps) {
			expect(step.run ?? '').not.toMatch(/\$\{\{[^}]*secrets\./);
			expect(step.run ?? '').not.toContain('${{');
		}
	});

	it('checks the sources as JSON without failing before the issue is written, then keeps the issue', () => {
		const check = steps.findIndex((step) => step.run?.includes('check:sources'));
		const issue = steps.findIndex((step) => step.uses?.startsWith('actions/github-script@'));
		expect(steps[check].run).toMatch(/npm run --silent check:sources -- --format json > sources\.json/);
		expect(steps[check]['continue-on-error']).toBe(true);
		expect(issue).toBeGreaterThan(check);
		expect(String(steps[issue].with?.script)).toContain("'Sources that need an editor'");
	});
});

interface PagesWorkflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	concurrency?: { group: string; 'cancel-in-progress': boolean };
	jobs: Record<string, { if?: string; needs?: string; permissions?: Record<string, string>; steps: Step[] }>;
}

const readWorkflow = (name: string) => parse(readFileSync(join(root, '.github', 'workflows', name), 'utf8')) as PagesWorkflow;

describe('.github/workflows/pages.yml', () => {
	const pages = readWorkflow('pages.yml');
	const pagesSteps = Object.values(pages.jobs).flatMap((job) => job.steps);

	it('builds every push to main, one deployment at a time, and leaves pull requests to the preview', () => {
		expect(pages.on).toHaveProperty('push', { branches: ['main'] });
		expect(pages.on).not.toHaveProperty('pull_request');
		expect(pages.concurrency?.['cancel-in-progress']).toBe(false);
	});

	it('reads the code only, and lets the deploy job alone write to Pages', () => {
		expect(pages.permissions).toEqual({ contents: 'read' });
		expect(pages.jobs.build?.permissions).toBeUndefined();
		expect(pages.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(pages.jobs.deploy?.if).toContain("github.ref == 'refs/heads/main'");
		expect(pages.jobs.deploy?.needs).toBe('build');
	});

	it('builds with the address and base path Pages gives, and deploys it', () => {
		const build = pagesSteps.find((step) => step.run === 'npm run build') as Step & { env?: Record<string, string> };
		expect(build.env?.BIOBRIDGE_BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}');
		expect(build.env?.BIOBRIDGE_SITE_URL).toBe('${{ steps.pages.outputs.origin }}');
		expect(pagesSteps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
	});
});

describe('pull request previews', () => {
	const preview = readWorkflow('preview.yml');
	const publish = readWorkflow('preview-publish.yml');
	const publishSteps = Object.values(publish.jobs).flatMap((job) => job.steps);
	const text = (name: string) => readFileSync(join(root, '.github', 'workflows', name), 'utf8');

	it('build the pull request’s code on pull_request, with a read-only token and no secret', () => {
		expect(Object.keys(preview.on)).toEqual(['pull_request']);
		expect(preview.permissions).toEqual({ contents: 'read' });
		for (const job of Object.values(preview.jobs)) expect(job.permissions).toBeUndefined();
		expect(text('preview.yml')).not.toMatch(/secrets\./);
		expect(text('preview.yml')).not.toMatch(/pull_request_target/);
	});

	it('publish in a separate run that never checks out or runs the pull request’s code, and may only read artifacts and comment', () => {
		expect(Object.keys(publish.on)).toEqual(['workflow_run']);
		expect(publish.permissions).toEqual({ contents: 'read' });
		expect(publish.jobs.publish?.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
		expect(publishSteps.some((step) => step.uses?.startsWith('actions/checkout@'))).toBe(false);
		expect(publishSteps.some((step) => step.run?.includes('npm'))).toBe(false);
		expect(text('preview-publish.yml')).not.toMatch(/pull_request_target/);
	});

	it('read the pull request number from the untrusted build as digits only, and use the secrets only to publish', () => {
		const number = publishSteps.find((step) => step.run?.includes('preview/pull-request'));
		expect(number?.run).toContain("''|*[!0-9]*) echo");
		const withSecrets = publishSteps.filter((step) => JSON.stringify(step).includes('secrets.'));
		expect(withSecrets.map((step) => step.uses?.split('@')[0])).toEqual(['cloudflare/wrangler-action']);
	});
});

describe.each(['ci.yml', 'pages.yml', 'sources.yml', 'preview.yml', 'preview-publish.yml'])('.github/workflows/%s', (name) => {
	const workflow = readWorkflow(name);
	const all = Object.values(workflow.jobs).flatMap((job) => job.steps);

	it('pins every action to a full commit SHA and keeps the checkout token out of the workspace', () => {
		for (const step of all) if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/);
		for (const step of all.filter((each) => each.uses?.startsWith('actions/checkout@')))
			expect(step.with?.['persist-credentials']).toBe(false);
	});

	it('asks for no more than reading the code at the top (a job that needs more says so itself)', () => {
		expect(workflow.permissions?.contents).toBe('read');
		expect(Object.keys(workflow.permissions ?? {}).filter((scope) => scope !== 'contents' && scope !== 'issues')).toEqual([]);
	});

	it('puts no expression into a shell command', () => {
		for (const step of all) expect(step.run ?? '').not.toContain('${{');
	});
});
