/** Turns zod's findings into diagnostics at the key or list item, in words an editor can act on. */
import type { z } from 'zod';
import { hasCredentials, type HostProblem } from '../../schema/url-policy.ts';
import { kindAt } from '../../schema/walk.ts';
import { diagnostic, type Code, type Diagnostic } from '../diagnostic.ts';
import { ImpossibleDate, type DataPath } from '../frontmatter.ts';
import { closest, didYouMean } from '../suggest.ts';
import { isoDate } from '../../util/iso-date.ts';

/** `steps[2].authority`: how a field is named in messages. */
export function fieldName(path: DataPath): string {
	return path.reduce<string>(
		(name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment),
		'',
	);
}

function valueAt(data: unknown, path: DataPath): unknown {
	let value = data;
	for (const segment of path) {
		if (typeof value !== 'object' || value === null) return undefined;
		value = (value as Record<string | number, unknown>)[segment];
	}
	return value;
}

function shown(value: unknown): string {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'not a date' : isoDate(value);
	if (value instanceof ImpossibleDate) return value.text;
	const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
	return text && text.length > 60 ? `${text.slice(0, 57)}…` : String(text);
}

/**
 * What an editor who wrote a date another way (2026/12/5, 5.12.2026, 5 December 2026) should
 * type instead, or undefined when the text cannot be read as a day.
 */
export function isoDateFor(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const pad = (n: string | number) => String(n).padStart(2, '0');
	const valid = (year: number, month: number, day: number) => {
		const date = new Date(Date.UTC(year, month - 1, day));
		return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
			? `${year}-${pad(month)}-${pad(day)}`
			: undefined;
	};
	const ymd = /^(\d{4})[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})日?$/.exec(value.trim());
	if (ymd) return valid(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
	const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value.trim());
	if (dmy) return valid(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
	if (!/[a-z]/i.test(value)) return undefined;
	const parsed = new Date(`${value.trim()} UTC`);
	return Number.isNaN(parsed.getTime()) ? undefined : valid(parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate());
}

const dateHint = (value: unknown) => {
	const iso = isoDateFor(value);
	return iso
		? `Write it as ${iso}: year-month-day, with hyphens.`
		: 'Write the date as YYYY-MM-DD, year-month-day with hyphens, e.g. 2026-01-31.';
};

/** What zod calls a kind of value, in an editor's words. */
function kindInWords(expected: string): string {
	const words: Record<string, string> = {
		array: 'a list',
		string: 'text',
		number: 'a number',
		boolean: '`true` or `false`',
		object: 'its fields, one per line',
		date: 'a date written YYYY-MM-DD',
	};
	return words[expected] ?? `a ${expected}`;
}

/** The keys an object schema accepts at `path`, for "did you mean" on an unknown field. */
function knownKeys(schema: z.ZodType, path: DataPath): string[] {
	const value = kindAt(schema, path);
	return value?.kind === 'object' ? value.fields.map((field) => field.name) : [];
}

export function schemaDiagnostics(
	issues: readonly z.core.$ZodIssue[],
	context: {
		file: string;
		data: unknown;
		schema: z.ZodType;
		locate: (path: DataPath) => { line: number; column: number };
		pathPrefix?: DataPath;
		/** For a translation: the original's schema, whose fields a translation may not set. */
		originalSchema?: z.ZodType;
	},
): Diagnostic[] {
	const { file, data, schema, locate, pathPrefix = [], originalSchema } = context;
	const at = (path: DataPath) => locate([...pathPrefix, ...path]);
	const result: Diagnostic[] = [];
	const add = (code: Code, path: DataPath, message: string, hint: string) => result.push(diagnostic(code, file, at(path), message, hint));
	// A misspelt field name is one mistake: the unknown key is reported with the field it was meant to be, and that field is not reported missing as well.
	const misspelt = new Map<string, string>();
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const known = knownKeys(schema, issue.path as DataPath);
		for (const key of issue.keys) {
			const meant = closest(key, known);
			if (meant !== undefined && valueAt(data, [...(issue.path as DataPath), meant]) === undefined)
				misspelt.set(fieldName([...(issue.path as DataPath), meant]), key);
		}
	}
	const isDate = (path: DataPath) => kindAt(schema, path)?.kind === 'date';

	for (const issue of issues) {
		const path = issue.path as DataPath;
		const field = fieldName(path);
		const value = valueAt(data, path);
		if (value === undefined && misspelt.has(field)) continue;
		// A required field left out, whatever rule zod reports it under (a date is a union of a date and its text).
		if (value === undefined && issue.code !== 'invalid_type' && path.at(-1) !== 'source' && kindAt(schema, path) !== undefined) {
			const kind = kindAt(schema, path)?.kind;
			add(
				'missing-field',
				path,
				`The required field \`${field}\` is missing.`,
				`Add \`${String(path.at(-1))}:\` with ${kind === 'date' ? 'a date written YYYY-MM-DD (year-month-day)' : 'its value'}. Every field is described in docs/fields.md.`,
			);
			continue;
		}
		if (value instanceof ImpossibleDate) {
			add(
				'invalid-date',
				path,
				`\`${field}\` is ${value.text}, which is not a day on the calendar.`,
				'Write a real date as YYYY-MM-DD (months 01–12, and no 30 February); YAML would otherwise turn it into another day.',
			);
			continue;
		}
		if (value === undefined && path.at(-1) === 'source') {
			add(
				'unsourced-figure',
				path.slice(0, -1),
				`\`${fieldName(path.slice(0, -1))}\` names no source: every duration, fee and working language must say which document states it.`,
				"Add `source:` with the number of the source in this page's `sources` list (1 for the first) or its `key`. If no source states it, remove the figure.",
			);
			continue;
		}
		const params =
			issue.code === 'custom'
				? (issue.params as { hostProblem?: HostProblem; officialSite?: { host: string; expected: string } } | undefined)
				: undefined;
		if (params?.hostProblem) {
			const problem = params.hostProblem;
			add(
				'unsafe-host',
				path,
				problem.kind === 'international'
					? `\`${field}\` leads to \`${problem.host.slice(0, 60)}\`, a host name with letters outside plain ASCII (a browser goes to \`${problem.ascii.slice(0, 60)}\`), which can look exactly like another site's.`
					: `\`${field}\` leads to \`${problem.host.slice(0, 60)}\`, which carries \`${problem.official}\` inside its name without belonging to it.`,
				problem.kind === 'international'
					? 'Use the plain ASCII address of the document. If the site really has such a name, a maintainer can add it to src/schema/official-hosts.ts.'
					: `Link to the document on the official site itself (an address ending in \`${problem.official}\`), or on its real host.`,
			);
			continue;
		}
		if (params?.officialSite) {
			add(
				'unsafe-host',
				path,
				`\`${field}\` is on \`${params.officialSite.host}\`, but a public body's official site is on its government's domains (${params.officialSite.expected}).`,
				"Give the body's own site, found from its government's portal. If its site really is elsewhere, a maintainer adds the host to src/schema/official-hosts.ts with the source that shows it.",
			);
			continue;
		}
		if (issue.code === 'custom' && typeof value === 'string' && hasCredentials(value)) {
			// The address is not repeated: it holds a password.
			add(
				'insecure-source',
				path,
				`\`${field}\` carries a user name or password (\`user:password@\`), which would be published.`,
				'Remove the `user:password@` part and link to the public address of the document.',
			);
			continue;
		}
		switch (issue.code) {
			case 'unrecognized_keys':
				for (const key of issue.keys) {
					if (originalSchema && kindAt(originalSchema, [...path, key])) {
						add(
							'translation-redefines-data',
							[...path, key],
							`A translation sets \`${fieldName([...path, key])}\`, which belongs to the original entry.`,
							'Remove it here: a translation holds only words (title, summary, the body and the text of steps, outcome, eligibility…); ids, references, dates, durations, amounts and vocabulary values come from the original.',
						);
						continue;
					}
					const meant = [...misspelt].find(([, written]) => written === key)?.[0];
					add(
						'unknown-field',
						[...path, key],
						meant
							? `\`${fieldName([...path, key])}\` is not a field of this entry, and \`${meant}\` is missing: the name looks misspelt.`
							: `\`${fieldName([...path, key])}\` is not a field of this entry.`,
						meant
							? `Write the field name as \`${String(meant.split('.').at(-1))}\`.`
							: `Remove it, or correct the spelling.${didYouMean(key, knownKeys(schema, path))}`,
					);
				}
				break;
			case 'invalid_value':
				add(
					'unknown-value',
					path,
					`\`${field}\` is ${shown(value)}, which is not one of the allowed values.`,
					`Use one of: ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}.${typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : ''}`,
				);
				break;
			case 'invalid_type':
				if (value === undefined)
					add(
						'missing-field',
						path,
						`The required field \`${field}\` is missing.`,
						`Add \`${String(path.at(-1))}:\` with ${kindInWords(issue.expected)}. Every field is described in docs/fields.md.`,
					);
				else
					add(
						'wrong-type',
						path,
						`\`${field}\` should be ${kindInWords(issue.expected)}, but it is ${shown(value)}.`,
						issue.expected === 'array'
							? 'Write each item on its own line, starting with "- ".'
							: issue.message.startsWith('must')
								? `It ${issue.message}.`
								: `Write it as ${kindInWords(issue.expected)}.`,
					);
				break;
			case 'too_big':
				if (typeof value === 'string')
					add(
						'invalid-value',
						path,
						`\`${field}\` is ${[...value].length} characters long; it may have at most ${String(issue.maximum)}.`,
						path.at(-1) === 'summary'
							? `Shorten it to one sentence of at most ${String(issue.maximum)} characters; the rest belongs in the page text.`
							: `Shorten it to at most ${String(issue.maximum)} characters.`,
					);
				else if (Array.isArray(value))
					add(
						'invalid-value',
						path,
						`\`${field}\` lists ${value.length} items; it may list at most ${String(issue.maximum)}.`,
						`Keep the ${String(issue.maximum)} that matter most.`,
					);
				else
					add(
						'invalid-value',
						path,
						`\`${field}\` is ${shown(value)}; it may be at most ${String(issue.maximum)}.`,
						`Write a number no larger than ${String(issue.maximum)}.`,
					);
				break;
			case 'too_small':
				if (path.length === 1 && path[0] === 'sources')
					add(
						'missing-sources',
						path,
						'This entry lists no source, but every regulatory fact must carry one.',
						'Add at least one source under `sources:` with a `title` and an https `url`.',
					);
				else if (Array.isArray(value) || value === undefined)
					add(
						'invalid-value',
						path,
						`\`${field}\` needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}.`,
						'Add the missing items, or remove the field if it is optional.',
					);
				else add('invalid-value', path, `\`${field}\` is too short or too small: ${issue.message}.`, 'Fill it in.');
				break;
			case 'invalid_format':
				if (path.at(-1) === 'url' && typeof value === 'string' && /^http:/i.test(value))
					add(
						'insecure-source',
						path,
						`\`${field}\` is ${shown(value)}, which is not an https address.`,
						`Use the https:// address of the same document: ${value.replace(/^http:/i, 'https:')} if it opens.`,
					);
				else
					add(
						'invalid-value',
						path,
						`\`${field}\` is ${shown(value)}: it ${issue.message}.`,
						issue.format === 'regex'
							? 'Ids are lower-case letters, digits and single hyphens.'
							: issue.format === 'url'
								? 'Write the full address, starting with https://, as the browser shows it when the document is open.'
								: isDate(path)
									? dateHint(value)
									: 'Correct the value; every field is described in docs/fields.md.',
					);
				break;
			default:
				add(
					'invalid-value',
					path,
					`\`${field}\` is ${shown(value)}: ${issue.message}.`,
					isDate(path) ? dateHint(value) : 'Correct the value; every field is described in docs/fields.md.',
				);
		}
	}
	return result;
}
