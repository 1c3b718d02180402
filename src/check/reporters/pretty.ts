/** For people: grouped by file, each problem with a code frame and its fix, then a count. */
import type { Diagnostic } from '../diagnostic.ts';
import { printableLine, withoutWorkflowCommands } from './printable.ts';
import type { ReportContext, Reporter } from './reporter.ts';

const paint = (enabled: boolean) => {
	const wrap = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
	return { red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), cyan: wrap(36, 39) };
};

/** How much of a source line a code frame shows: a window around the column, so a long line is not printed whole for every problem on it. */
export const frameWidth = 120;

/** The part of `text` a frame shows around `column` (1-based), and where the column falls in it. */
function window(text: string, column: number): { shown: string; caret: number } {
	if (text.length <= frameWidth) return { shown: text, caret: column };
	const start = Math.max(0, Math.min(column - 1 - frameWidth / 2, text.length - frameWidth));
	const end = start + frameWidth;
	return {
		shown: `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
		caret: column - start + (start > 0 ? 1 : 0),
	};
}

function codeFrame(source: string | undefined, line: number, column: number, dim: (s: string) => string): string[] {
	if (source === undefined) return [];
	const lines = source.split(/\r?\n/);
	const width = String(Math.min(line + 1, lines.length)).length;
	const frame: string[] = [];
	for (let number = Math.max(1, line - 1); number <= Math.min(lines.length, line + 1); number++) {
		const marker = number === line ? '>' : ' ';
		const { shown, caret } = window(lines[number - 1], number === line ? column : 1);
		frame.push(`  ${marker} ${dim(`${String(number).padStart(width)} |`)} ${printableLine(shown)}`);
		if (number === line) frame.push(`    ${dim(`${' '.repeat(width)} |`)} ${' '.repeat(Math.max(0, caret - 1))}^`);
	}
	return frame;
}

/** The most problems printed for one file; the rest are counted, and listed in full by `--format json`. */
export const maxPrintedPerFile = 50;

/**
 * The problems grouped by file, each with its code frame and fix. Any checker's diagnostics
 * will do (the source checker prints its own with this), so the codes are plain strings here.
 */
export function prettyDiagnostics(diagnostics: readonly Diagnostic<string>[], context: ReportContext): string[] {
	const c = paint(context.color);
	const out: string[] = [];
	const byFile = new Map<string, Diagnostic<string>[]>();
	for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
	for (const [file, inFile] of byFile) {
		out.push(c.bold(c.cyan(printableLine(file))));
		const source = context.readSource(file);
		for (const d of inFile.slice(0, maxPrintedPerFile)) {
			const label = d.severity === 'error' ? c.red('error') : c.yellow('warning');
			out.push(`  ${printableLine(file)}:${d.line}:${d.column} ${label} ${printableLine(d.message)} ${c.dim(`[${d.code}]`)}`);
			out.push(...codeFrame(source, d.line, d.column, c.dim));
			out.push(`    ${c.bold('Fix:')} ${printableLine(d.hint)}`, '');
		}
		if (inFile.length > maxPrintedPerFile)
			out.push(`  … and ${plural(inFile.length - maxPrintedPerFile, 'more problem')} in this file (\`--format json\` lists them all).`, '');
	}
	return out;
}

/** How many files the diagnostics are in. */
export const fileCount = (diagnostics: readonly Diagnostic<string>[]) => new Set(diagnostics.map((d) => d.file)).size;

/** `1 word`, `2 words`. */
export const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

/**
 * The line that ends a report with problems: how many, in how many files, what was checked, and,
 * when only warnings were found, that they do not fail `what` (the build, the run).
 */
export function foundLine(
	result: { errors: number; warnings: number; diagnostics: readonly Diagnostic<string>[] },
	context: ReportContext,
	checked: string,
	what: string,
): string {
	const warningsPass = result.warnings > 0 && result.errors === 0 && !context.strict;
	return `Found ${plural(result.errors, 'error')} and ${plural(result.warnings, 'warning')} in ${plural(fileCount(result.diagnostics), 'file')} (${checked}).${warningsPass ? ` Warnings do not fail the ${what}.` : ''}`;
}

export const pretty: Reporter = (result, context) => {
	const out = prettyDiagnostics(result.diagnostics, context);
	if (result.diagnostics.length === 0) out.push(`Checked ${result.entries} entries in ${result.files} files: no problems found.`);
	else out.push(foundLine(result, context, `${result.entries} entries checked`, 'build'));
	return withoutWorkflowCommands(out.join('\n'));
};
