/**
 * For `npm run dev`: the problems as data, sent to the browser's dev toolbar (src/integrations/checker-toolbar-app.ts),
 * which shows every value as text. Imports only types, so the browser's bundle can import it.
 */
import type { CheckResult } from '../check.ts';
import type { Diagnostic } from '../diagnostic.ts';

/** The event the dev server sends the report on; the toolbar app listens for it, and asks for it with `requestEvent`. */
export const reportEvent = 'biobridge:content-check';
/** The event the toolbar app sends when it opens, so a page that loads between checks still gets the last report. */
export const requestEvent = 'biobridge:content-check-request';
/** The toolbar app's id. */
export const toolbarAppId = 'biobridge-content-check';

/** The most problems the toolbar lists; the rest are counted (the terminal and `npm run check` list them all). */
export const maxListed = 200;

export interface ToolbarReport {
	errors: number;
	warnings: number;
	entries: number;
	/** The project's folder, so a problem can be opened in the editor (`/__open-in-editor?file=…`). */
	root: string;
	/** When the check finished, as an ISO time. */
	checkedAt: string;
	problems: Pick<Diagnostic<string>, 'severity' | 'code' | 'file' | 'line' | 'column' | 'message' | 'hint'>[];
	/** How many problems were found but not listed (past `maxListed`). */
	unlisted: number;
}

/** The report of one check: errors first, then warnings, each in file order. */
export function toolbarReport(
	result: Pick<CheckResult, 'errors' | 'warnings' | 'entries' | 'diagnostics'>,
	root: string,
	now = new Date(),
): ToolbarReport {
	const ordered = [...result.diagnostics].sort(
		(a, b) =>
			Number(a.severity !== 'error') - Number(b.severity !== 'error') ||
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column,
	);
	return {
		errors: result.errors,
		warnings: result.warnings,
		entries: result.entries,
		root,
		checkedAt: now.toISOString(),
		problems: ordered
			.slice(0, maxListed)
			.map(({ severity, code, file, line, column, message, hint }) => ({ severity, code, file, line, column, message, hint })),
		unlisted: Math.max(0, ordered.length - maxListed),
	};
}
