/** A reporter turns a check result into text for one audience: a person, a program, GitHub. */
import type { CheckResult } from '../check.ts';

export interface ReportContext {
	/** Read a reported file's text, for code frames. */
	readSource(file: string): string | undefined;
	/** Use colour (only on a terminal). */
	color: boolean;
	/** Warnings fail the run. */
	strict: boolean;
}

export type Reporter = (result: CheckResult, context: ReportContext) => string;
