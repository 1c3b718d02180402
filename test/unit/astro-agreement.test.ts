/**
 * The checker judges what Astro builds: for generated frontmatter edge cases (a `---` inside a
 * value or at the end of a line, CRLF, a byte-order mark, blank lines before the frontmatter,
 * trailing spaces), its split and its data equal what Astro's glob loader receives from the MDX
 * content type (`getEntryInfo`, taken from @astrojs/mdx itself).
 */
import mdx from '@astrojs/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadYaml, splitFrontmatter } from '../../src/check/frontmatter.ts';
import { decode } from '../../src/check/read-file.ts';

type EntryInfo = (input: { fileUrl: URL; contents: string }) => Promise<{ data: Record<string, unknown>; body: string }>;

/** The function Astro's glob loader calls for every .mdx file. */
async function astroEntryInfo(): Promise<EntryInfo> {
	let found: EntryInfo | undefined;
	const setup = mdx().hooks['astro:config:setup'] as (params: unknown) => Promise<void>;
	await setup({
		// Only the content entry type matters here; the rest of the setup is received and ignored.
		updateConfig: () => undefined,
		config: { root: new URL('file:///project/'), markdown: {} },
		addPageExtension: () => undefined,
		addRenderer: () => undefined,
		addContentEntryType(type: { getEntryInfo: EntryInfo }) {
			found = type.getEntryInfo;
		},
		logger: console,
	});
	if (!found) throw new Error('@astrojs/mdx no longer registers a content entry type');
	return found;
}

const entryInfo = await astroEntryInfo();

/** What Astro sees, or that it refuses the file. */
async function astro(contents: string): Promise<{ data: unknown; body: string } | 'error'> {
	try {
		const { data, body } = await entryInfo({ fileUrl: new URL('file:///project/content/cros/x.mdx'), contents });
		return { data, body };
	} catch {
		return 'error';
	}
}

/** What the checker sees: the file decoded as it reads files, split, and its YAML loaded. */
function checker(bytes: string): { data: unknown; body: string } | 'error' | 'none' {
	const read = decode(new TextEncoder().encode(bytes));
	if (!read.ok) return 'error';
	const split = splitFrontmatter(read.text);
	if (split.yaml === undefined) return 'none';
	const loaded = loadYaml(split.yaml);
	if (loaded.problem || loaded.duplicates?.length) return 'error';
	return { data: loaded.data ?? {}, body: split.body.trim() };
}

const value = fc.oneof(
	fc.constantFrom(
		'Lab',
		'"a --- b"',
		'ends in ---',
		'"quoted: with colon"',
		"'single'",
		'2026-11-21',
		'12',
		'true',
		'[ja, en]',
		'{ country: JP }',
		'>-\n  folded\n  ---\n  text',
		'|\n  kept\n  --- inside a block',
	),
	fc.string({ maxLength: 12 }).filter((text) => !/[\r\n]/.test(text)),
);
const field = fc.tuple(fc.constantFrom('title', 'summary', 'note', 'reviewed', 'x'), value);

const file = fc.record({
	bom: fc.boolean(),
	crlf: fc.boolean(),
	leading: fc.constantFrom('', '\n', '  \n', '\n\n'),
	opening: fc.constantFrom('---', '--- ', '---\t'),
	closing: fc.constantFrom('---', '--- ', '---x', '----'),
	fields: fc.uniqueArray(field, { selector: ([key]) => key, maxLength: 5 }),
	trailing: fc.constantFrom('', ' ', '  '),
	body: fc.constantFrom('', 'Body.', 'Text\n\n---\n\nMore', '## Heading ---'),
});

describe('the checker and Astro read every file alike', () => {
	it('agrees with Astro on the data and the body of generated frontmatter', async () => {
		await fc.assert(
			fc.asyncProperty(file, async (f) => {
				const eol = f.crlf ? '\r\n' : '\n';
				const lines = [f.opening, ...f.fields.map(([key, text]) => `${key}: ${text}${f.trailing}`), f.closing, '', f.body];
				const contents = `${f.bom ? '\uFEFF' : ''}${f.leading}${lines.join('\n').replace(/\n/g, eol)}\n`;
				const seen = await astro(contents);
				const judged = checker(contents);
				if (judged === 'none') {
					// No frontmatter for the checker is an error it reports; Astro would build an empty entry.
					expect(seen === 'error' ? {} : seen.data).toEqual({});
					return;
				}
				// The checker may refuse more than Astro (an anchor, an impossible date): it reports
				// those, so the build stops. It may never accept what Astro refuses, or read it otherwise.
				if (seen === 'error') expect(judged).toBe('error');
				if (seen === 'error' || judged === 'error') return;
				expect(judged.data).toEqual(seen.data);
				expect(judged.body).toBe(seen.body);
			}),
			{ numRuns: 500, seed: process.env.CI ? 20_261_130 : undefined },
		);
	});

	it('ends the frontmatter where Astro does: at the first line that starts with ---', () => {
		const split = splitFrontmatter('---\ntitle: a\nnote: ends in ---\n--- trailing words\nBody\n');
		expect(split.yaml).toBe('\ntitle: a\nnote: ends in ---\n');
		expect(split.body.trim()).toBe('trailing words\nBody');
	});
});
