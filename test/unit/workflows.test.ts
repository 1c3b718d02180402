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
