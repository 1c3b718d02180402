/** What the checker reports: one problem, where it is, and what to do about it. */

export type Severity = 'error' | 'warning';

/**
 * Every diagnostic code, with its severity and a one-line explanation for the docs. Codes are
 * stable: editors search for them, and the GitHub reporter shows them as annotation titles.
 */
export const codes = {
	'invalid-file-name': { severity: 'error', about: 'A content file name is not a valid id (lower-case ASCII words joined by hyphens).' },
	'unexpected-file': {
		severity: 'error',
		about: 'A file in content/ that no collection reads (or a link or folder where a file belongs), so it would never become a page.',
	},
	'file-too-large': { severity: 'error', about: 'A content file is larger than the checker reads (512 KB).' },
	'invalid-encoding': { severity: 'error', about: 'A content file is not valid UTF-8 text.' },
	'duplicate-id': { severity: 'error', about: 'Two entries, terms or steps share an id.' },
	'frontmatter-syntax': { severity: 'error', about: 'The frontmatter is missing or is not valid YAML.' },
	'yaml-alias': { severity: 'error', about: 'The data uses a YAML anchor (&) or alias (*), which content may not use.' },
	'too-deep': {
		severity: 'error',
		about: 'The data, or a body’s quotes, lists or elements, are nested more levels deep than any content needs.',
	},
	'line-too-long': { severity: 'error', about: 'A line of a body is longer than any paragraph needs (5,000 characters).' },
	'unsupported-yaml': {
		severity: 'error',
		about:
			'The data uses a YAML feature content does not need (a merge key <<, a tag !!…, a %YAML directive), which could be read two ways.',
	},
	'invalid-date': { severity: 'error', about: 'A date is not a day on the calendar (2026-02-30, 2026-13-45).' },
	'markup-in-text': { severity: 'error', about: 'A plain-text field (title, summary, note…) holds HTML markup.' },
	'invalid-term-id': { severity: 'error', about: 'A glossary term id is not a valid id (lower-case ASCII words joined by hyphens).' },
	'missing-field': { severity: 'error', about: 'A required field is missing.' },
	'unfilled-placeholder': { severity: 'error', about: 'A field still holds the “FILL IN” text of the new-entry template.' },
	'wrong-type': { severity: 'error', about: 'A field holds the wrong kind of value (text, number, list, date…).' },
	'unknown-value': { severity: 'error', about: 'A value is not in the field’s vocabulary.' },
	'unknown-field': { severity: 'error', about: 'A field the schema does not have, often a misspelling.' },
	'invalid-value': { severity: 'error', about: 'A value breaks a rule of its field (length, format, range).' },
	'missing-sources': { severity: 'error', about: 'A path, zone or benefit lists no source.' },
	'insecure-source': {
		severity: 'error',
		about: 'A source or website address does not start with https://, or carries a user name and password.',
	},
	'unsourced-figure': { severity: 'error', about: 'A duration, a fee or a CRO’s working language names no source.' },
	'unknown-source': {
		severity: 'error',
		about: 'A figure’s `source` names no source of its page (a number past the end of `sources`, or an unknown key).',
	},
	'unknown-reference': { severity: 'error', about: 'A reference names an entry that does not exist.' },
	'wrong-collection': { severity: 'error', about: 'A reference names an entry of another collection.' },
	'unknown-step': { severity: 'error', about: 'A reference names a step that its path does not have.' },
	'prerequisite-cycle': { severity: 'error', about: 'Paths require each other in a circle, so none can be started.' },
	'step-cycle': { severity: 'error', about: 'Steps come after each other in a circle, so none can be started.' },
	'broken-link': { severity: 'error', about: 'A link in a body points to a page that will not exist.' },
	'broken-anchor': { severity: 'error', about: 'A link points to a part of a page (#…) that will not exist.' },
	'unknown-component': { severity: 'error', about: 'A body uses a component the site does not provide.' },
	'unknown-component-id': { severity: 'error', about: 'A <Step>, <Ref> or <Term> names something that does not exist.' },
	'mdx-syntax': { severity: 'error', about: 'The body is not valid MDX.' },
	'code-import-export': { severity: 'error', about: 'A body imports or exports code.' },
	'code-expression': { severity: 'error', about: 'A body contains a {…} JavaScript expression.' },
	'code-element': {
		severity: 'error',
		about: 'A body contains an element that runs code or embeds another page (<script>, <iframe>, <style>, <object>, <embed>…).',
	},
	'html-element': {
		severity: 'error',
		about: 'A body contains an HTML element that is not on the allowlist (GitHub’s safe elements, less form controls).',
	},
	'html-attribute': {
		severity: 'error',
		about:
			'An element or component in a body has an attribute that is not on the allowlist (e.g. style, id, or a second attribute on <Ref>).',
	},
	'unsafe-url': {
		severity: 'error',
		about:
			'A body link or image uses an address that is not allowed: a scheme other than https, mailto or tel, another host’s image, or a user name and password.',
	},
	'unsafe-image': {
		severity: 'error',
		about: 'A body image is not a file of an allowed type in public/images/, written as its site path with nothing after it.',
	},
	'broken-image': {
		severity: 'error',
		about: 'A body image names a file that public/images/ does not have, or that is not the image its name says.',
	},
	'unsafe-host': {
		severity: 'error',
		about:
			'An address leads to a host that can pass for another: letters outside ASCII (IDN, xn--), an official domain inside another name (pmda.go.jp.example.net), or a public body’s site off its government’s domains.',
	},
	'deceptive-link': {
		severity: 'error',
		about: 'A link’s text or label reads as an address, e-mail or phone number it does not lead to, or it pre-fills an e-mail.',
	},
	'reserved-id': { severity: 'error', about: 'A heading of a body would take an id the page itself uses (#source-1, #step-…, #main).' },
	'code-event-handler': { severity: 'error', about: 'A body element has an on… event handler attribute.' },
	'code-javascript-url': { severity: 'error', about: 'A body link or attribute uses a javascript: URL.' },
	'reviewed-in-future': { severity: 'error', about: 'The reviewed date is after today.' },
	'review-overdue': { severity: 'warning', about: 'The entry was last reviewed more than 12 months ago.' },
	'avoided-term': {
		severity: 'warning',
		about: 'A page uses a name the glossary lists under `avoid`: one thing should have one name; the fix gives the preferred term.',
	},
	'tilde-range': {
		severity: 'warning',
		about: 'Korean or Japanese text writes a range with a tilde between numbers (2014~2018), which Markdown can read as strikethrough.',
	},
	'date-swapped': {
		severity: 'warning',
		about: 'A review date reads as months ago, but with its day and month the other way round it would be a few weeks ago.',
	},
	'orphan-translation': { severity: 'error', about: 'A translation file whose base entry does not exist.' },
	'translation-redefines-data': { severity: 'error', about: 'A translation sets structured fields, which belong to the base entry only.' },
	'translation-mismatch': {
		severity: 'error',
		about:
			'A translation does not match its original: a step with another number of documents or fees, or made from a review the original does not have.',
	},
	'stale-translation': {
		severity: 'warning',
		about: 'The original was reviewed after the translation was made; the translation may be out of date.',
	},
	unreachable: { severity: 'error', about: 'A question or an outcome of the route finder that no answer leads to.' },
	'finder-cycle': {
		severity: 'error',
		about: 'Answers of the route finder lead back to a question already asked, so a founder could go round for ever.',
	},
	'dead-end': { severity: 'error', about: 'A route through the finder ends without reaching an outcome.' },
	'duplicate-answer': {
		severity: 'error',
		about: 'Two answers of one finder question are labelled alike, so a founder cannot tell them apart.',
	},
	'prerequisite-order': {
		severity: 'error',
		about: 'A finder outcome lists a path before one of its prerequisites, or leaves a prerequisite out.',
	},
	'unknown-option': {
		severity: 'error',
		about: 'A finder outcome’s `feeOptions` or `alternatives` names a fee option or an alternative step that its path does not have.',
	},
	'plan-cycle': {
		severity: 'error',
		about:
			'On a route of a finder outcome, steps of different paths wait for each other in a circle, so the plan never reaches its outcome.',
	},
	'empty-plan': {
		severity: 'error',
		about: 'A route of a finder outcome takes no path before its outcome, so the plan has nothing to do and no time to it.',
	},
	'lone-option': {
		severity: 'warning',
		about: 'A step’s fees name one option only; options are ways to pay of which one is chosen, so a lone one is counted as always paid.',
	},
	'stale-rate': {
		severity: 'warning',
		about: 'The exchange rate the plans convert fees into won with is more than 90 days old.',
	},
} as const satisfies Record<string, { severity: Severity; about: string }>;

export type Code = keyof typeof codes;

/**
 * One problem. Its code is the content checker's by default; the source checker
 * (src/check/sources/) reports the same shape with codes from its own table, so the reporters
 * serve both while `Code` keeps meaning exactly what the content checker can find.
 */
export interface Diagnostic<C extends string = Code> {
	code: C;
	severity: Severity;
	/** Path relative to the content directory's parent, e.g. `content/cros/cmic.mdx`. */
	file: string;
	/** 1-based. */
	line: number;
	/** 1-based. */
	column: number;
	/** What is wrong, in a sentence that names the value. */
	message: string;
	/** What to do about it. */
	hint: string;
}

export interface Position {
	line: number;
	column: number;
}

export function diagnostic(code: Code, file: string, at: Position, message: string, hint: string): Diagnostic {
	return { code, severity: codes[code].severity, file, line: at.line, column: at.column, message, hint };
}

/** Sort by file, then line, then column, so every reporter prints in reading order; code and message settle ties, so the order does not depend on which rule ran first. */
export function byLocation(a: Diagnostic<string>, b: Diagnostic<string>): number {
	return (
		a.file.localeCompare(b.file) ||
		a.line - b.line ||
		a.column - b.column ||
		a.code.localeCompare(b.code) ||
		a.message.localeCompare(b.message)
	);
}
