import { codesFile, renderCodes } from '../../scripts/docs-codes.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/check/content-files.ts';
import { parse } from 'yaml';
import { fieldsFile, renderFieldReference } from '../../scripts/docs-fields.ts';
import { schemaDocs } from '../../scripts/field-docs.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the field reference', () => {
	it('is up to date with the schemas (run `npm run docs:fields` when this fails)', () => {
		expect(readFileSync(fieldsFile, 'utf8')).toBe(renderFieldReference());
	});

	it('has every diagnostic code explained, with an example from its fixture, in docs/codes.md (run `npm run docs:fields` when this fails)', async () => {
		expect(readFileSync(codesFile, 'utf8')).toBe(await renderCodes());
	});

	it('documents every field of every schema', () => {
		const undocumented = schemaDocs().flatMap((doc) =>
			doc.fields.filter((field) => field.description === '').map((field) => `${doc.file} ${doc.name}.${field.name}`),
		);
		expect(undocumented).toEqual([]);
	});
});

describe('the pull-request workflow', () => {
	const workflow = parse(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')) as {
		on: Record<string, unknown>;
		jobs: Record<string, { steps: { run?: string }[] }>;
	};
	const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));

	it('runs on pull requests', () => {
		expect(Object.keys(workflow.on)).toContain('pull_request');
	});

	it('annotates the pull request with the checker, then builds and tests', () => {
		expect(runs).toContain('npm run check -- --format github');
		expect(runs).toContain('npm run build');
		expect(runs).toContain('npm test');
	});

	it('runs only the content tier on a pull request that changes only content, and everything otherwise', () => {
		const jobs = workflow.jobs as Record<string, { if?: string; steps: { run?: string }[] }>;
		expect(jobs.content?.if).toBe("needs.scope.outputs.tier == 'content'");
		expect(jobs.content?.steps.map((step) => step.run)).toContain('npm run test:content');
		expect(jobs.full?.if).toBe("needs.scope.outputs.tier == 'full'");
		expect(jobs.full?.steps.map((step) => step.run)).toContain('npm test');
	});

	it('fails on a high-severity advisory in a runtime dependency (the audit needs GitHub; this machine cannot reach it)', () => {
		expect(runs).toContain('npm audit --omit=dev --audit-level=high');
	});

	it('runs the same npm scripts as .ci/run', () => {
		const ci = readFileSync(join(root, '.ci/run'), 'utf8');
		for (const script of [...ci.matchAll(/^npm (test|run [\w:-]+)/gm)].map((match) => `npm ${match[1]}`))
			expect(runs.some((run) => run.startsWith(script))).toBe(true);
		expect(runs.some((run) => run.startsWith('npm install'))).toBe(true);
	});
});

describe('JSON Schemas for editors', async () => {
	const { Ajv2020 } = await import('ajv/dist/2020.js');
	const { default: addFormats } = await import('ajv-formats');
	const { load } = await import('js-yaml');
	const { allJsonSchemas, schemaDir, withoutExamples } = await import('../../scripts/json-schemas.ts');
	const generated = allJsonSchemas();
	// Dates arrive from YAML as strings; the JSON Schemas describe the text an editor types.
	const frontmatter = (file: string) =>
		JSON.parse(JSON.stringify(load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]))) as Record<string, unknown>;
	// One Ajv with the standard formats (date, uri…), one compiled validator per collection.
	const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
	const validators = new Map<string, ReturnType<typeof ajv.compile>>();
	const validator = (collection: string) => {
		let validate = validators.get(collection);
		if (!validate) {
			validate = ajv.compile(JSON.parse(generated[`${collection}.schema.json`]) as object);
			validators.set(collection, validate);
		}
		return validate;
	};

	it('are up to date with the schemas (run `npm run docs:fields` when this fails); id suggestions may lag behind content', () => {
		for (const [file, text] of Object.entries(generated))
			expect(withoutExamples(readFileSync(join(schemaDir, file), 'utf8')), file).toEqual(withoutExamples(text));
	});

	it('suggest the ids of existing entries at reference fields', () => {
		const cros = JSON.parse(generated['cros.schema.json']) as {
			properties: { memberOf: { items: { examples: string[] } }; supports: { items: { properties: { path: { examples: string[] } } } } };
		};
		expect(cros.properties.memberOf.items.examples).toContain('shonan-drug-discovery-support-consortium');
		expect(cros.properties.supports.items.properties.path.examples).toContain('ctl-approval');
	});

	it('accept every real entry', () => {
		for (const file of listContentFiles(join(root, 'content')).files.filter((found) => found.kind === 'entry')) {
			const validate = validator(file.collection);
			expect(validate(frontmatter(file.absolute)), `${file.file}: ${JSON.stringify(validate.errors)}`).toBe(true);
		}
		const glossary = validator('glossary');
		expect(glossary(load(readFileSync(join(root, 'content/glossary.yaml'), 'utf8'))), JSON.stringify(glossary.errors)).toBe(true);
	});

	it('reject a known bad entry: an unknown service and a missing field', () => {
		const validate = validator('cros');
		const bad = frontmatter(join(root, 'test/fixtures/base/cros/lab.mdx'));
		expect(validate({ ...bad, services: ['toxicology'] })).toBe(false);
		const withoutHeadquarters = Object.fromEntries(Object.entries(bad).filter(([key]) => key !== 'headquarters'));
		expect(validate(withoutHeadquarters)).toBe(false);
		expect(validate(bad)).toBe(true);
	});

	it('describe each field with its TSDoc comment', () => {
		const paths = JSON.parse(generated['paths.schema.json']) as {
			properties: Record<string, { description?: string; items?: { properties: Record<string, { description?: string }> } }>;
		};
		expect(paths.properties.law.description).toContain('The law and article');
		expect(paths.properties.steps.items?.properties.actor.description).toContain('Who does the work');
	});
});
