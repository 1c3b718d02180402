/**
 * What the source checker reports. Its codes are a table of their own, shaped like the content
 * checker's `codes`: they describe what a server answered, not what a file says, so no fixture
 * folder can prove them and they stay out of `Code`. The diagnostics are the content checker's
 * shape with these codes (and the address), so its reporters print them.
 */
import type { Diagnostic, Position, Severity } from '../diagnostic.ts';

export const sourceCodes = {
	'dead-source': { severity: 'error', about: 'A source’s address answers 404 Not Found or 410 Gone: the document is no longer there.' },
	'moved-source': {
		severity: 'warning',
		about: 'A source’s address answers that the document has moved for good (301 or 308); the fix gives the new address.',
	},
	'unreachable-source': {
		severity: 'warning',
		about:
			'A source could not be checked: its server answered another error, refused the connection or did not answer in time. Often passing.',
	},
} as const satisfies Record<string, { severity: Severity; about: string }>;

export type SourceCode = keyof typeof sourceCodes;

export interface SourceDiagnostic extends Diagnostic<SourceCode> {
	/** The source's address as the content writes it. */
	url: string;
}

export function sourceDiagnostic(
	code: SourceCode,
	url: string,
	file: string,
	at: Position,
	message: string,
	hint: string,
): SourceDiagnostic {
	return { code, severity: sourceCodes[code].severity, file, line: at.line, column: at.column, message, hint, url };
}
