/**
 * Writes a synthetic but valid content folder of N entries across the collections, with
 * realistic references (paths → institutions, CROs → path steps, benefits → zones…) and
 * bodies of about 2.5 KB with links and components, for the benchmarks.
 * Usage: node scripts/generate-corpus.ts <entries> <out-dir>
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const share = { paths: 0.15, cros: 0.25, institutions: 0.35, zones: 0.05, benefits: 0.2 } as const;
const sentences = [
	'A company that plans a first-in-human study should meet the regulator early.',
	'Agree the nonclinical package before you book the cell-processing capacity you will need.',
	'Timelines depend on the quality of the file and on how quickly questions are answered.',
	'The sponsor keeps the batch records and the stability data for every lot.',
	'A committee reviews the plan and may ask for changes before it gives its opinion.',
	'Fees are paid when the application is filed, and some are reduced for small companies.',
	'The hospital names a principal investigator who signs the protocol.',
	'Vector shedding must be controlled when a gene therapy is given to patients.',
	'An overseas manufacturing site is inspected before its accreditation is granted.',
	'Korean companies often start with a consultation and a partner in Japan.',
	'Quality agreements set out who releases each batch and who keeps the samples.',
	'The review target is a goal, not a promise, and clocks stop while questions are open.',
];
/** Made-up topic words, so that, as on a real site, most words occur on a few pages only. */
const topics = Array.from(
	{ length: 400 },
	(_, i) =>
		`${['kel', 'var', 'mon', 'tes', 'lor', 'pax', 'quin', 'dro'][i % 8]}${['avi', 'eno', 'ith', 'ulo', 'ara'][Math.floor(i / 8) % 5]}${['n', 'r', 's', 'x', 'm', 'l', 't', 'd', 'k', 'p'][Math.floor(i / 40)]}`,
);

/** A small deterministic generator, so every run writes the same corpus. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

export function generateCorpus(total: number, contentDir: string): void {
	const next = random(total);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
	const count = Object.fromEntries(Object.entries(share).map(([name, part]) => [name, Math.max(1, Math.round(total * part))])) as Record<
		keyof typeof share,
		number
	>;
	const ids = Object.fromEntries(
		Object.entries(count).map(([name, n]) => [name, Array.from({ length: n }, (_, i) => `${name.slice(0, -1)}-${i + 1}`)]),
	) as Record<keyof typeof share, string[]>;
	const terms = Array.from({ length: 100 }, (_, i) => `term-${i + 1}`);
	const steps = ['consult', 'prepare', 'file', 'review', 'decide'];
	rmSync(contentDir, { recursive: true, force: true });
	for (const name of Object.keys(share)) mkdirSync(join(contentDir, name), { recursive: true });

	const source =
		'sources:\n  - title: Regenerative medical products\n    url: https://www.pmda.go.jp/english/review-services/reviews/0003.html\n    publisher: PMDA\n';
	const common = (title: string) =>
		`title: ${title}\nsummary: A synthetic entry used to measure how fast the site is checked and built.\nreviewed: 2026-06-01\n${source}`;
	const paragraph = () => `${Array.from({ length: 3 }, () => pick(sentences)).join(' ')} It concerns ${pick(topics)} and ${pick(topics)}.`;
	const body = (extra: string) => {
		const parts = [
			`${paragraph()} See [${pick(ids.paths)}](/paths/${pick(ids.paths)}/#step-${pick(steps)}) and <Ref to="institutions/${pick(ids.institutions)}" />.`,
			'## What to know',
			extra,
		];
		for (let i = 0; i < 6; i++)
			parts.push(`${paragraph()} The <Term id="${pick(terms)}">term</Term> matters; ask [a CRO](/cros/${pick(ids.cros)}/).`);
		parts.push('| Step | Who |\n| --- | --- |\n| File | Sponsor |\n| Review | Regulator |', '- [ ] Check the fee\n- [ ] Book the meeting');
		return parts.join('\n\n');
	};

	ids.institutions.forEach((id, i) => {
		const parent = i > 10 && next() < 0.2 ? `parent: ${ids.institutions[Math.floor(next() * 10)]}\n` : '';
		writeFileSync(
			join(contentDir, 'institutions', `${id}.mdx`),
			`---\n${common(`Institution ${i + 1}`)}type: ${pick(['regulator', 'ministry', 'hospital', 'university', 'pharma'])}\ncountry: ${pick(['JP', 'KR'])}\n${parent}---\n\n${body('')}\n`,
		);
	});
	ids.paths.forEach((id, i) => {
		const prerequisites = i > 0 && next() < 0.3 ? `prerequisites: [${ids.paths[Math.floor(next() * i)]}]\n` : '';
		const stepYaml = steps
			.map(
				(step, s) =>
					`  - id: ${step}\n    title: Step ${step}\n    actor: Sponsor\n    authority: ${pick(ids.institutions)}\n${s > 0 ? `    after: [${steps[s - 1]}]\n` : ''}    duration: { max: ${s + 1}, unit: months, source: 1 }\n`,
			)
			.join('');
		writeFileSync(
			join(contentDir, 'paths', `${id}.mdx`),
			`---\n${common(`Path ${i + 1}`)}jurisdiction: JP\nlaw: PMD Act\nauthority: ${pick(ids.institutions)}\nmodalities: [cell-therapy, ipsc]\nstage: clinical\noutcome: Approval\n${prerequisites}related: [${pick(ids.paths)}]\nsteps:\n${stepYaml}---\n\n${body(`<Step id="${pick(steps)}">\n${paragraph()}\n</Step>`)}\n`,
		);
	});
	ids.cros.forEach((id, i) => {
		writeFileSync(
			join(contentDir, 'cros', `${id}.mdx`),
			`---\n${common(`CRO ${i + 1}`)}headquarters: { country: JP, city: Tokyo }\nservices: [nonclinical-safety, cmc-quality]\nmodalities: [cell-therapy]\nstages: [nonclinical, clinical]\nlanguages: [{ language: ja, source: 1 }, { language: en, source: 1 }]\nsupports:\n  - path: ${pick(ids.paths)}\n    steps: [${pick(steps)}, ${pick(steps)}]\n  - path: ${pick(ids.paths)}\nmemberOf: [${pick(ids.institutions)}]\n---\n\n${body('')}\n`,
		);
	});
	ids.zones.forEach((id, i) => {
		writeFileSync(
			join(contentDir, 'zones', `${id}.mdx`),
			`---\n${common(`Zone ${i + 1}`)}country: KR\ndesignated: 2024-04-30\noperators: [${pick(ids.institutions)}]\noverseasBases: [${pick(ids.institutions)}]\n---\n\n${body('')}\n`,
		);
	});
	ids.benefits.forEach((id, i) => {
		writeFileSync(
			join(contentDir, 'benefits', `${id}.mdx`),
			`---\n${common(`Benefit ${i + 1}`)}zone: ${pick(ids.zones)}\nkind: ${pick(['funding', 'facility', 'consulting'])}\neligibility: Companies of the zone.\nprovidedBy: [${pick(ids.institutions)}]\ncros: [${pick(ids.cros)}]\nhelpsWith: [${pick(ids.paths)}]\n---\n\n${body('')}\n`,
		);
	});
	writeFileSync(
		join(contentDir, 'glossary.yaml'),
		terms
			.map(
				(id, i) =>
					`${id}:\n  en: Term ${i + 1}\n  ko: 용어 ${i + 1}\n  ja: 用語 ${i + 1}\n  aliases: [T${i + 1}]\n  definition: A synthetic glossary term.\n  paths: [${pick(ids.paths)}]\n`,
			)
			.join(''),
	);
}

/**
 * The worst single file a pull request has been found to send: a YAML alias bomb (ten levels
 * of nine aliases, 3.5 minutes for the checker before aliases were refused).
 */
export function hostileFile(): string {
	const levels = Array.from(
		{ length: 10 },
		(_, level) => `l${level + 1}: &l${level + 1} [${Array.from({ length: 9 }, () => (level === 0 ? '"x"' : `*l${level}`)).join(', ')}]`,
	);
	return `---\ntitle: Hostile\nsummary: An alias bomb.\nreviewed: 2026-06-01\n${levels.join('\n')}\n---\n\nBody.\n`;
}

if (import.meta.main) {
	const [entries, out] = process.argv.slice(2);
	if (!entries || !out) {
		console.error('Usage: node scripts/generate-corpus.ts <entries> <out-dir>');
		process.exit(2);
	}
	generateCorpus(Number(entries), out);
}
