/**
 * The source check in the checker's three formats. The problems print exactly as the content
 * checker's do (code frame, workflow command, summary table); only the counts that end a report
 * are the source check's own: sources, addresses, and how many were asked.
 */
import { summaryTable, workflowCommands } from '../reporters/github.ts';
import { foundLine, plural, prettyDiagnostics } from '../reporters/pretty.ts';
import { withoutWorkflowCommands } from '../reporters/printable.ts';
import type { ReportContext } from '../reporters/reporter.ts';
import type { SourceCheckResult } from './check-sources.ts';

export type SourceReporter = (result: SourceCheckResult, context: ReportContext) => string;

const checked = (result: SourceCheckResult) =>
	`${plural(result.sources, 'source')} at ${plural(result.addresses, 'address', 'addresses')} checked, ${result.cached} from the cache`;

export const pretty: SourceReporter = (result, context) => {
	const out = prettyDiagnostics(result.diagnostics, context);
	if (result.diagnostics.length === 0) out.push(`No source needs an editor (${checked(result)}).`);
	else out.push(foundLine(result, context, checked(result), 'run'));
	return withoutWorkflowCommands(out.join('\n'));
};

export const json: SourceReporter = (result) =>
	JSON.stringify(
		{
			errors: result.errors,
			warnings: result.warnings,
			sources: result.sources,
			addresses: result.addresses,
			asked: result.asked,
			cached: result.cached,
			durationMs: Math.round(result.durationMs),
			diagnostics: result.diagnostics,
		},
		null,
		2,
	);

export const github: SourceReporter = (result) => workflowCommands(result.diagnostics);

/** The job summary: the counts and a table of every source that needs an editor. */
export function githubSummary(result: SourceCheckResult): string {
	const head = `## Source check\n\n${result.errors} error(s), ${result.warnings} warning(s): ${checked(result)}.\n`;
	if (result.diagnostics.length === 0) return `${head}\nNo source needs an editor.\n`;
	return `${head}\n${summaryTable(result.diagnostics)}`;
}
