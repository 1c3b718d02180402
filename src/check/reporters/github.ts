/**
 * For GitHub Actions: one workflow command per problem, so it appears on the pull request's
 * diff, and a Markdown table for the job summary.
 */
import type { CheckResult } from '../check.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { markdownText, printable } from './printable.ts';
import type { Reporter } from './reporter.ts';

/** Workflow command escaping: properties and messages must not break the `::` syntax. */
const escapeData = (text: string) => printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Where a code is explained: its section of docs/codes.md, on GitHub when the run says which
 * repository and commit it is (GitHub Actions does), else as a path in the repository.
 */
export function codeDocs(code: string, env: Record<string, string | undefined> = process.env): string {
	const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
	const anchor = `#${code}`;
	return server && repository && sha ? `${server}/${repository}/blob/${sha}/docs/codes.md${anchor}` : `docs/codes.md${anchor}`;
}

/** One workflow command per problem, for any checker's diagnostics; `docs` says where a code is explained, if anywhere. */
export function workflowCommands(diagnostics: readonly Diagnostic<string>[], docs?: (code: string) => string): string {
	return diagnostics
		.map(
			(d) =>
				`::${d.severity === 'error' ? 'error' : 'warning'} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}::${escapeData(`${d.message} Fix: ${d.hint}${docs ? ` About ${d.code}: ${docs(d.code)}` : ''}`)}`,
		)
		.join('\n');
}

/** A Markdown table of the problems, each cell escaped so no message can format, link or load anything. */
export function summaryTable(diagnostics: readonly Diagnostic<string>[]): string {
	const rows = diagnostics.map(
		(d) =>
			`| ${d.severity} | ${markdownText(`\`${d.file}:${d.line}:${d.column}\``)} | <code>${d.code}</code> | ${markdownText(d.message)} | ${markdownText(d.hint)} |`,
	);
	return `| | Where | Code | Problem | Fix |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

export const github: Reporter = (result) => workflowCommands(result.diagnostics, (code) => codeDocs(code));

/** The job summary: a count and a table of every problem. */
export function githubSummary(result: CheckResult): string {
	const head = `## Content check\n\n${result.errors} error(s), ${result.warnings} warning(s) in ${result.entries} entries.\n`;
	if (result.diagnostics.length === 0) return `${head}\nNo problems found.\n`;
	return `${head}\n${summaryTable(result.diagnostics)}`;
}
