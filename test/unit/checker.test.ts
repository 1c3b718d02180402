import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.ts';
import { codes, type Code } from '../../src/check/diagnostic.ts';
import { contentWith, fixturesDir } from './fixtures.ts';

const today = '2026-11-21';
const run = async (fixture?: string) => {
	const contentDir = contentWith(fixture);
	prepare[fixture as Code]?.(contentDir);
	return check({ contentDir, today });
};

/** Each fixture folder breaks the valid base in one way; the checker must say so at this place. */
const expected: Record<Code, { file: string; line: number; column: number }> = {
	'invalid-file-name': { file: 'content/cros/My_Lab.mdx', line: 1, column: 1 },
	'unexpected-file': { file: 'content/cros/notes.md', line: 1, column: 1 },
	'duplicate-id': { file: 'content/paths/approval.mdx', line: 21, column: 5 },
	'frontmatter-syntax': { file: 'content/cros/lab.mdx', line: 3, column: 10 },
	'missing-field': { file: 'content/paths/approval.mdx', line: 2, column: 1 },
	'unfilled-placeholder': { file: 'content/cros/lab.mdx', line: 3, column: 1 },
	'wrong-type': { file: 'content/paths/approval.mdx', line: 8, column: 1 },
	'unknown-value': { file: 'content/cros/lab.mdx', line: 7, column: 5 },
	'unknown-field': { file: 'content/cros/lab.mdx', line: 7, column: 1 },
	'invalid-value': { file: 'content/cros/lab.mdx', line: 3, column: 1 },
	'missing-sources': { file: 'content/zones/zone.mdx', line: 9, column: 1 },
	'insecure-source': { file: 'content/zones/zone.mdx', line: 11, column: 5 },
	'unsourced-figure': { file: 'content/paths/approval.mdx', line: 20, column: 5 },
	'unknown-source': { file: 'content/paths/approval.mdx', line: 20, column: 40 },
	'unknown-reference': { file: 'content/cros/lab.mdx', line: 11, column: 5 },
	'wrong-collection': { file: 'content/benefits/base.mdx', line: 8, column: 20 },
	'unknown-step': { file: 'content/cros/lab.mdx', line: 12, column: 13 },
	'prerequisite-cycle': { file: 'content/paths/approval.mdx', line: 11, column: 17 },
	'step-cycle': { file: 'content/paths/approval.mdx', line: 20, column: 13 },
	'broken-link': { file: 'content/cros/lab.mdx', line: 17, column: 19 },
	'broken-anchor': { file: 'content/cros/lab.mdx', line: 17, column: 19 },
	'unknown-component': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'unknown-component-id': { file: 'content/paths/consultation.mdx', line: 25, column: 16 },
	'mdx-syntax': { file: 'content/cros/lab.mdx', line: 17, column: 18 },
	'code-import-export': { file: 'content/cros/lab.mdx', line: 17, column: 1 },
	'code-expression': { file: 'content/cros/lab.mdx', line: 17, column: 6 },
	'code-element': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'code-event-handler': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'code-javascript-url': { file: 'content/cros/lab.mdx', line: 17, column: 6 },
	'reviewed-in-future': { file: 'content/cros/lab.mdx', line: 4, column: 1 },
	'review-overdue': { file: 'content/cros/lab.mdx', line: 4, column: 1 },
	'orphan-translation': { file: 'content/paths/authorisation.ko.mdx', line: 1, column: 1 },
	'translation-redefines-data': { file: 'content/paths/approval.ko.mdx', line: 5, column: 1 },
	'stale-translation': { file: 'content/paths/approval.ko.mdx', line: 4, column: 1 },
	'translation-mismatch': { file: 'content/paths/approval.ko.mdx', line: 8, column: 5 },
	'file-too-large': { file: 'content/cros/lab.mdx', line: 1, column: 1 },
	'invalid-encoding': { file: 'content/cros/lab.mdx', line: 17, column: 6 },
	'html-element': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'html-attribute': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'unsafe-url': { file: 'content/cros/lab.mdx', line: 19, column: 5 },
	'yaml-alias': { file: 'content/cros/lab.mdx', line: 5, column: 15 },
	'too-deep': { file: 'content/cros/lab.mdx', line: 14, column: 22 },
	'invalid-date': { file: 'content/cros/lab.mdx', line: 4, column: 1 },
	'markup-in-text': { file: 'content/cros/lab.mdx', line: 3, column: 1 },
	'invalid-term-id': { file: 'content/glossary.yaml', line: 8, column: 1 },
	unreachable: { file: 'content/finder.yaml', line: 23, column: 3 },
	'finder-cycle': { file: 'content/finder.yaml', line: 23, column: 9 },
	'dead-end': { file: 'content/finder.yaml', line: 15, column: 9 },
	'duplicate-answer': { file: 'content/finder.yaml', line: 12, column: 18 },
	'prerequisite-order': { file: 'content/finder.yaml', line: 38, column: 9 },
	'unsafe-image': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'broken-image': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'unsafe-host': { file: 'content/cros/lab.mdx', line: 19, column: 5 },
	'deceptive-link': { file: 'content/cros/lab.mdx', line: 19, column: 7 },
	'reserved-id': { file: 'content/cros/lab.mdx', line: 19, column: 1 },
	'line-too-long': { file: 'content/cros/lab.mdx', line: 19, column: 5001 },
	'unsupported-yaml': { file: 'content/cros/lab.mdx', line: 15, column: 1 },
	'date-swapped': { file: 'content/cros/lab.mdx', line: 4, column: 1 },
	'avoided-term': { file: 'content/cros/lab.mdx', line: 19, column: 10 },
	'tilde-range': { file: 'content/cros/lab.ko.mdx', line: 7, column: 4 },
	'unknown-option': { file: 'content/finder.yaml', line: 42, column: 22 },
	'plan-cycle': { file: 'content/finder.yaml', line: 37, column: 5 },
	'empty-plan': { file: 'content/finder.yaml', line: 27, column: 5 },
	'lone-option': { file: 'content/paths/approval.mdx', line: 21, column: 5 },
	'stale-rate': { file: 'content/finder.yaml', line: 5, column: 3 },
};

/** Fixtures that cannot sensibly be committed as they are: a file too large for the checker. */
const prepare: Partial<Record<Code, (contentDir: string) => void>> = {
	'file-too-large': (contentDir) =>
		appendFileSync(join(contentDir, 'cros', 'lab.mdx'), `\n${'A long paragraph of pasted text. '.repeat(20_000)}\n`),
};

describe('the checker on fixtures', () => {
	it('finds nothing wrong in the valid base', async () => {
		expect((await run()).diagnostics).toEqual([]);
	});

	it('has one fixture folder for every diagnostic code, and no other', () => {
		const folders = readdirSync(fixturesDir)
			.filter((name) => name !== 'base')
			.sort();
		expect(folders).toEqual(Object.keys(codes).sort());
	});

	it.each(Object.entries(expected))('reports %s, and only that, at its file, line and column', async (code, where) => {
		const { diagnostics } = await run(code);
		expect(diagnostics.map(({ code, file, line, column }) => ({ code, file, line, column }))).toEqual([{ code, ...where }]);
		expect(diagnostics[0].severity).toBe(codes[code as Code].severity);
	});

	it('says what is wrong and what to do, in these words, for every code', async () => {
		const words: string[] = [];
		for (const code of Object.keys(expected)) {
			const [found] = (await run(code)).diagnostics;
			words.push(`${code}: ${found.message}\n  Fix: ${found.hint}`);
		}
		expect(words.join('\n')).toMatchInlineSnapshot(`
			"invalid-file-name: The file name \`My_Lab.mdx\` is not a valid id: ids are lower-case ASCII letters and digits joined by single hyphens.
			  Fix: Rename the file to \`my-lab.mdx\`.
			unexpected-file: \`notes.md\` is not an .mdx file, so it would never become a page.
			  Fix: Rename it to \`notes.mdx\` if it is an entry, or move it out of content/.
			duplicate-id: Two steps have the id \`apply\` (the first is on line 16).
			  Fix: Give each step of a path its own id; links and CROs point at steps by id.
			frontmatter-syntax: The frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings
			  Fix: Check indentation (two spaces) and put text that contains a colon in quotes.
			missing-field: The required field \`law\` is missing.
			  Fix: Add \`law:\` with text. Every field is described in docs/fields.md.
			unfilled-placeholder: \`summary\` still holds the template's text: "FILL IN: one sentence, at most 200 characters".
			  Fix: Replace it with the real value (one sentence, at most 200 characters), or delete the line if the field is optional.
			wrong-type: \`modalities\` should be a list, but it is "cell-therapy".
			  Fix: Write each item on its own line, starting with "- ".
			unknown-value: \`services[0]\` is "toxicology", which is not one of the allowed values.
			  Fix: Use one of: \`drug-screening\`, \`pharmacology\`, \`nonclinical-safety\`, \`cmc-quality\`, \`manufacturing\`, \`cell-processing\`, \`clinical-operations\`, \`site-management\`, \`regulatory-consulting\`, \`in-country-caretaker\`, \`marketing-authorisation-holder\`, \`decentralized-trials\`, \`data-biostatistics\`, \`analytical-testing\`.
			unknown-field: \`servics\` is not a field of this entry.
			  Fix: Remove it, or correct the spelling. Did you mean \`services\`?
			invalid-value: \`summary\` is 221 characters long; it may have at most 200.
			  Fix: Shorten it to one sentence of at most 200 characters; the rest belongs in the page text.
			missing-sources: This entry lists no source, but every regulatory fact must carry one.
			  Fix: Add at least one source under \`sources:\` with a \`title\` and an https \`url\`.
			insecure-source: \`sources[0].url\` is "http://mss.go.kr/site/eng/ex/bbs/View.do?bcIdx=1053574&c…, which is not an https address.
			  Fix: Use the https:// address of the same document: https://mss.go.kr/site/eng/ex/bbs/View.do?bcIdx=1053574&cbIdx=244 if it opens.
			unsourced-figure: \`steps[0].duration\` names no source: every duration, fee and working language must say which document states it.
			  Fix: Add \`source:\` with the number of the source in this page's \`sources\` list (1 for the first) or its \`key\`. If no source states it, remove the figure.
			unknown-source: \`steps[0].duration.source\` names source 2, but this page lists 1 source.
			  Fix: Use 1: this page lists one source.
			unknown-reference: \`supports[0].path\` names path \`consultaton\`, which does not exist.
			  Fix: Use the id of an entry in content/paths/. Did you mean \`consultation\`?
			wrong-collection: \`providedBy[1]\` names \`lab\`, which is a CRO, not an institution.
			  Fix: Name an entry of content/institutions/ here.
			unknown-step: \`supports[0].steps[0]\` names step \`pre-consult\`, but path \`consultation\` has no such step.
			  Fix: Use one of its step ids: \`pre-consultation\`, \`consultation\`.
			prerequisite-cycle: Paths require each other in a circle: approval → consultation → approval, so none of them can be started.
			  Fix: Remove one of these prerequisites; use \`related\` for paths that belong together without an order.
			step-cycle: Steps wait for each other in a circle: apply → decide → apply, so none of them can start.
			  Fix: Remove one of these \`after\` entries so the steps have an order.
			broken-link: The link \`/cros/labb/\` names CRO \`labb\`, which does not exist.
			  Fix: Use the id of an entry in content/cros/. Did you mean \`lab\`?
			broken-anchor: The link \`/paths/approval/#step-appply\` points to step \`appply\`, which that path does not have.
			  Fix: Anchors on /paths/approval/: \`#what-to-expect\`, \`#source-1\`, \`#step-apply\`, \`#step-decide\`. Did you mean \`step-apply\`?
			unknown-component: The body uses \`<Callout>\`, which the site does not provide.
			  Fix: Use one of <Step>, <Ref>, <Term>.
			unknown-component-id: \`<Term id="ctnn">\` names a term that is not in the glossary.
			  Fix: Add \`ctnn\` to content/glossary.yaml, or use an existing term. Did you mean \`ctn\`?
			mdx-syntax: The body is not valid MDX: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`)
			  Fix: In MDX, \`<\` starts a component and \`{\` starts code: write "less than" in words, and avoid curly braces in text.
			code-import-export: The body has code: \`import Chart from '../chart.js'\`.
			  Fix: Remove the line. <Step>, <Ref>, <Term> work without an import; nothing else may be imported or exported.
			code-expression: The body has a JavaScript expression: \`{2 + 2}\`.
			  Fix: Remove the curly braces, or write the text without them.
			code-element: The body has a \`<script>\` element, which the site does not allow in content.
			  Fix: Remove it: content is text, links and the site components only.
			code-event-handler: \`<a>\` has an event handler, \`onClick\`, which runs code.
			  Fix: Remove the \`onClick\` attribute.
			code-javascript-url: A link points to \`javascript:alert(1)\`, which runs code.
			  Fix: Link to a page instead, with an https:// address or a site route like /cros/cmic/.
			reviewed-in-future: This entry says it was reviewed on 2027-01-01, which is after today (2026-11-21).
			  Fix: Set \`reviewed\` to the date you checked the facts against the sources.
			review-overdue: This entry was last reviewed on 2025-01-01, more than 12 months ago.
			  Fix: Check its facts against the sources and set \`reviewed\` to today.
			orphan-translation: This ko translation has no original: content/paths/authorisation.mdx does not exist.
			  Fix: Create the original first, or rename this file to \`<id>.ko.mdx\` after an existing entry.
			translation-redefines-data: A translation sets \`authority\`, which belongs to the original entry.
			  Fix: Remove it here: a translation holds only words (title, summary, the body and the text of steps, outcome, eligibility…); ids, references, dates, durations, amounts and vocabulary values come from the original.
			stale-translation: This translation was made from the review of 2026-05-01, but the original was reviewed again on 2026-06-01; what changed may be missing here.
			  Fix: Compare the original's changes since 2026-05-01 (its history on GitHub), bring the translation up to date, then set \`translatedFrom: 2026-06-01\`. Until then the page tells readers the translation may be out of date.
			translation-mismatch: Step \`apply\` lists 2 translated documents, but the original lists 0.
			  Fix: Translate each of the original's documents once, in the same order, so each translation stands beside its original.
			file-too-large: The file is 645 KB; a content file may be at most 512 KB.
			  Fix: Split it into several entries, or remove what is not content (pasted data, images as text).
			invalid-encoding: The file is not valid UTF-8 text: a byte here is not part of any character.
			  Fix: Save the file as UTF-8 in your editor (GitHub's web editor always does), or retype the character at this place.
			html-element: The body has a \`<meta>\` element, which is not one the site allows in content.
			  Fix: Write it in Markdown instead (headings with #, lists with -, links with [text](url)), or use one of the elements CONTRIBUTING.md lists under "What the page text may contain".
			html-attribute: \`<div>\` has the attribute \`style\`, which content may not set.
			  Fix: Remove it: the site's own styles decide how content looks, so every page reads the same.
			unsafe-url: The image loads an image from \`https://evil.example/pixel.png\`; images must come from this repository.
			  Fix: Put the image in public/images/ and write its site path, e.g. /images/timeline.png: lower-case letters, digits and hyphens, ending .png, .jpg, .webp, .avif or .gif. An image from another site would tell that site who reads the page.
			yaml-alias: The frontmatter uses a YAML anchor (\`&\`) or alias (\`*\`), which content may not use.
			  Fix: Write the value out in full where it is needed. (An alias can make a small file expand to millions of values.)
			too-deep: The frontmatter nests lists and fields more than 12 levels deep.
			  Fix: Content needs at most a few levels (a path's step fee is five); compare with an existing entry and remove the extra indentation.
			invalid-date: \`reviewed\` is 2026-02-30, which is not a day on the calendar.
			  Fix: Write a real date as YYYY-MM-DD (months 01–12, and no 30 February); YAML would otherwise turn it into another day.
			markup-in-text: \`summary\` holds markup (\`</script\`), but it is shown as plain text.
			  Fix: Remove the tag. Write "less than" in words where you mean <, and put formatting in the body, not in a field.
			invalid-term-id: The term id \`Cell_Sheet\` is not a valid id: ids are lower-case ASCII letters and digits joined by single hyphens.
			  Fix: Rename the key, e.g. \`cell-processing-facility:\`, and update every <Term id> that uses it.
			unreachable: No answer leads to question \`orphan\`, so no founder would see it.
			  Fix: Name it as the \`next\` of an answer, or remove it.
			finder-cycle: Answer \`not-zone-company\` of question \`zone\` leads back to question \`goal\`, which was already asked on the way here (goal → zone).
			  Fix: Point \`next\` at a question that comes later, or end the route here with an \`outcome\`.
			dead-end: Answer \`not-sure\` of question \`goal\` ends the route (goal) without an outcome.
			  Fix: Give this answer (or an earlier one on the route) an \`outcome:\`, or a \`next:\` question.
			duplicate-answer: Question \`goal\` has two answers labelled “Talk to PMDA” in \`en\` (answers 1 and 2).
			  Fix: Word each answer so a founder can tell it from the others, in every language, or merge the two answers.
			prerequisite-order: Outcome \`approval\` lists path \`approval\` before its prerequisite \`consultation\`.
			  Fix: Move \`consultation\` above \`approval\`: a founder takes the paths in the order the plan lists them.
			unsafe-image: The image is \`./.diagram.js\`, which is not a file in public/images/. The build would fetch any other address as code.
			  Fix: Put the image in public/images/ and write its site path, e.g. /images/timeline.png: lower-case letters, digits and hyphens, ending .png, .jpg, .webp, .avif or .gif.
			broken-image: The image \`/images/plan.png\` is not a file in public/images/.
			  Fix: Add the image to public/images/plan.png in the same pull request, or correct the name.
			unsafe-host: A link leads to \`www.pmdа.go.jp\`, a host name with letters outside plain ASCII (a browser goes to \`www.xn--pmd-8cd.go.jp\`), which can look exactly like another site's.
			  Fix: Link to the site by its plain ASCII address. If the site really has such a name, a maintainer can add it to src/schema/official-hosts.ts.
			deceptive-link: A link reads as the address \`www.pmda.go.jp\`, but leads to \`https://www.pmda.gov.example/login\`.
			  Fix: Make the link lead to www.pmda.go.jp, or change the text to say where it leads.
			reserved-id: The heading "Source 1" would get the id \`source-1\`, which the page itself uses.
			  Fix: Reword the heading so it does not start with "section", "step", "source", "site", "user-content" or read "main": a link to that part of the page would otherwise land on the heading.
			line-too-long: This line is 6,000 characters long; a body line may have at most 5,000.
			  Fix: Break it into paragraphs with empty lines between them. A very long line is usually pasted data, which belongs in a source instead.
			unsupported-yaml: The frontmatter: a YAML merge key (\`<<:\`) is not used in content.
			  Fix: Write each field out in full. Content uses plain YAML only, so the checker and the build read it the same way.
			date-swapped: This entry says it was reviewed on 2026-05-11; with the day and the month the other way round it would be 2026-11-05, a few weeks ago.
			  Fix: If you reviewed it on 2026-11-05, write that: dates are year-month-day. If 2026-05-11 is right, leave it.
			avoided-term: This page writes "clinical trial notice", which the glossary asks pages to call "Clinical trial notification" (term \`ctn\`).
			  Fix: Write "Clinical trial notification" instead, so one thing has one name across the site. If the text quotes an old document by its own words, leave it.
			tilde-range: A range is written with a tilde between numbers (e.g. 2014~2018): two of them on a line would strike the text between them through in Markdown.
			  Fix: Write the range with a dash, or in words: 2014–2018년, or 2014년부터 2018년까지.
			unknown-option: \`feeOptions\` names \`express\`, but no fee of path \`approval\` is that option.
			  Fix: Path \`approval\` has no fee options: remove \`feeOptions\`.
			plan-cycle: In outcome \`approval\`, steps wait for each other in a circle across paths: consultation#pre-consultation → approval#decide → approval#apply → consultation#pre-consultation, so the plan can never reach its outcome.
			  Fix: Remove one of the \`waitsFor\` (or \`after\`, or \`prerequisites\`) entries that close the circle, on the path pages named.
			empty-plan: Outcome \`consult-first\` has no path before its outcome: every path it takes is marked \`afterOutcome\`.
			  Fix: Take \`afterOutcome: true\` off the path that leads to the outcome, so the plan has something to do and a time to it.
			lone-option: Step \`apply\` has one fee option, \`direct\`: an option is one of two or more ways to pay, so the plan counts it as always paid.
			  Fix: Add the fees of the other option with their own \`option\`, or remove \`option\` from these fees if they are always paid.
			stale-rate: The exchange rate the plans convert yen into won with is for 2026-05-01, 204 days ago.
			  Fix: Take the latest rate from its source, and set \`asOf\` to the day it is for (a rate up to 90 days old passes)."
		`);
	});
});

describe('the plan rules', () => {
	const withFinder = async (edit: (finder: string) => string) => {
		const contentDir = contentWith();
		const file = join(contentDir, 'finder.yaml');
		writeFileSync(file, edit(readFileSync(file, 'utf8')));
		return (await check({ contentDir, today })).diagnostics.map(({ code, message }) => `${code}: ${message}`);
	};

	it('refuses an alternative step that is none, and leaves a step the path lacks to unknown-step', async () => {
		const named = (steps: string) => (finder: string) =>
			finder.replace('      - path: approval\n', `      - path: approval\n        alternatives: [${steps}]\n`);
		expect(await withFinder(named('decide'))).toEqual([
			'unknown-option: `alternatives` names step `decide` of path `approval`, which is no alternative: every plan takes it.',
		]);
		expect((await withFinder(named('decid'))).map((line) => line.split(':')[0])).toEqual(['unknown-step']);
	});

	it('passes a rate up to 90 days old, and warns from the day after', async () => {
		const rate = (asOf: string) => (finder: string) =>
			finder.replace(
				'start: goal\n',
				`start: goal\nexchangeRate:\n  wonPerYen: 9.4\n  asOf: ${asOf}\n  source: { title: Rates, url: "https://ecos.bok.or.kr/" }\n`,
			);
		expect(await withFinder(rate('2026-08-23'))).toEqual([]); // 90 days before 2026-11-21
		expect((await withFinder(rate('2026-08-22'))).map((line) => line.split(':')[0])).toEqual(['stale-rate']);
	});
});

describe('anchors in each language', () => {
	/** The base content with a Korean approval page whose body has its own heading, and a Korean lab page that links to `link`. */
	const withKorean = async (link: string, english = '') => {
		const contentDir = contentWith();
		writeFileSync(
			join(contentDir, 'paths', 'approval.ko.mdx'),
			'---\ntitle: 승인\nsummary: 승인을 신청합니다.\ntranslatedFrom: 2026-06-01\n---\n\n## 예상 일정\n\n본문.\n',
		);
		writeFileSync(
			join(contentDir, 'cros', 'lab.ko.mdx'),
			`---\ntitle: 랩\nsummary: CRO입니다.\ntranslatedFrom: 2026-06-01\n---\n\n[승인](${link})\n`,
		);
		if (english)
			writeFileSync(
				join(contentDir, 'cros', 'lab.mdx'),
				`${readFileSync(join(contentDir, 'cros', 'lab.mdx'), 'utf8')}\n[Approval](${english})\n`,
			);
		return (await check({ contentDir, today })).diagnostics.map(({ code, file }) => `${code} ${file}`);
	};

	it('checks a link in a Korean body against the Korean page, which has its own headings and the same steps', async () => {
		expect(await withKorean('/paths/approval/#예상-일정')).toEqual([]);
		expect(await withKorean('/paths/approval/#step-apply')).toEqual([]);
		expect(await withKorean('/paths/approval/#what-to-expect')).toEqual(['broken-anchor content/cros/lab.ko.mdx']);
	});

	it('checks a link in an English body against the English page', async () => {
		expect(await withKorean('/paths/approval/', '/paths/approval/#예상-일정')).toEqual(['broken-anchor content/cros/lab.mdx']);
	});

	it('checks a link to a page with no Korean body against the English page the Korean site shows', async () => {
		expect(await withKorean('/paths/consultation/#step-consultation')).toEqual([]);
	});
});
