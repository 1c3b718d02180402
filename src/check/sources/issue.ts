/**
 * The text of the weekly issue "Sources that need an editor", from the source check's JSON
 * report: worst first (gone, then moved, then not checked), each source with a link to its line
 * and its address. Every other character is escaped, so an address or a message can neither
 * format nor load anything; addresses are links only as `<https://…>`, which can carry nothing
 * else. `node src/check/sources/issue.ts sources.json > issue.md` in the workflow, where GitHub
 * sets the repository, commit and run it links to.
 */
import { readFileSync } from 'node:fs';
import { slug } from 'github-slugger';
import { z } from 'zod';
import { markdownText } from '../reporters/printable.ts';
import { sourceCodes, type SourceCode } from './codes.ts';
import { isoDate } from '../../util/iso-date.ts';

const reportSchema = z.object({
	sources: z.number(),
	addresses: z.number(),
	diagnostics: z.array(
		z.object({
			code: z.enum(Object.keys(sourceCodes) as [SourceCode, ...SourceCode[]]),
			file: z.string(),
			line: z.number(),
			url: z.string(),
			message: z.string(),
			hint: z.string(),
		}),
	),
});

export type SourceReport = z.infer<typeof reportSchema>;

/** Where the issue links to: GitHub's own variables in a workflow run. */
export interface IssueContext {
	/** e.g. https://github.com */
	server?: string;
	/** owner/name */
	repository?: string;
	/** The commit checked, so a line link shows the line that was reported. */
	sha?: string;
	runId?: string;
	/** The day of the check, YYYY-MM-DD. */
	today: string;
}

/** The sections of CONTRIBUTING.md that say what an editor does, in English and Korean; a test holds them to its headings. */
export const guidance = {
	en: '7. When the weekly source report names your page',
	ko: '7. 주간 출처 보고서에 내 페이지가 나올 때',
} as const;

/** Each section's heading and what to do, worst first. */
const sections: Record<SourceCode, string> = {
	'dead-source': '### Gone\n\nThe document is no longer at its address. Fix these first.',
	'moved-source': '### Moved\n\nThe server names a new address. Check it is the same document, then use it.',
	'unreachable-source':
		'### Could not be checked\n\nOften passing, or the site turns away automated checks. Open each in a browser; if one is still listed next week, treat it as gone.',
};

/** GitHub's limit on an issue's body is 65,536 characters; the rest is left to the run. */
const maxLength = 60_000;

/** An address as a link that can be nothing but that link: WHATWG-serialised (no spaces or angle brackets), table pipes encoded. */
function addressLink(url: string): string {
	if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) return markdownText(url);
	return `<${new URL(url).href.replaceAll('|', '%7C')}>`;
}

/** Text with its addresses as links and everything else escaped. */
function withLinks(text: string): string {
	return text
		.split(/(https?:\/\/\S+)/)
		.map((part, index) => (index % 2 === 1 ? addressLink(part) : markdownText(part)))
		.join('');
}

export function issueBody(report: SourceReport, context: IssueContext): string {
	const { server = 'https://github.com', repository, sha, runId } = context;
	const where = (file: string, line: number) => {
		const text = markdownText(`\`${file}:${line}\``);
		return repository && sha ? `[${text}](${server}/${repository}/blob/${sha}/${encodeURI(file)}#L${line})` : text;
	};
	const count = report.diagnostics.length;
	const run = repository && runId ? ` ([the run](${server}/${repository}/actions/runs/${runId}))` : '';
	const guide = (heading: string) =>
		repository && sha ? `[${heading}](${server}/${repository}/blob/${sha}/CONTRIBUTING.md#${encodeURIComponent(slug(heading))})` : heading;
	const head = [
		count === 0
			? `Every source answered on ${context.today}: ${report.sources} sources at ${report.addresses} addresses${run}.`
			: `The weekly source check of ${context.today} found ${count} source${count === 1 ? '' : 's'} that need${count === 1 ? 's' : ''} an editor, among ${report.sources} sources at ${report.addresses} addresses${run}.`,
		'',
		`What to do: CONTRIBUTING.md, ${guide(guidance.en)} (한국어: ${guide(guidance.ko)}). Fix the page in a pull request; this issue is updated every week and closed when no source needs an editor.`,
	];
	const out = [...head];
	let length = head.join('\n').length;
	let left = 0;
	for (const code of Object.keys(sections) as SourceCode[]) {
		const found = report.diagnostics.filter((d) => d.code === code);
		if (found.length === 0) continue;
		const table = ['', sections[code], '', '| Where | Address | Problem | Fix |', '| --- | --- | --- | --- |'];
		out.push(...table);
		length += table.join('\n').length + 1;
		for (const d of found) {
			const row = `| ${where(d.file, d.line)} | ${addressLink(d.url)} | ${markdownText(d.message)} | ${withLinks(d.hint)} |`;
			if (length + row.length + 1 > maxLength) left++;
			else {
				out.push(row);
				length += row.length + 1;
			}
		}
	}
	if (left > 0) out.push('', `…and ${left} more, too many for one issue: run \`npm run check:sources\` for the whole list.`);
	return `${out.join('\n')}\n`;
}

if (import.meta.main) {
	const [file] = process.argv.slice(2);
	if (!file) {
		process.stderr.write('Usage: node src/check/sources/issue.ts <report.json>\n');
		process.exitCode = 2;
	} else {
		const report = reportSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
		const env = process.env;
		process.stdout.write(
			issueBody(report, {
				server: env.GITHUB_SERVER_URL,
				repository: env.GITHUB_REPOSITORY,
				sha: env.GITHUB_SHA,
				runId: env.GITHUB_RUN_ID,
				today: isoDate(new Date()),
			}),
		);
	}
}
