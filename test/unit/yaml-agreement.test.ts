/**
 * The checker and the build read content's YAML alike. The build reads finder.yaml and
 * glossary.yaml with js-yaml's `load` (src/content-yaml.ts, as Astro's file() loader does); the
 * checker reads with js-yaml too, and refuses what could be read two ways. Over generated
 * documents: whatever the checker accepts, the build reads to the same data, and whatever the
 * build cannot read, the checker refuses first, so no file passes the gate and then fails the build.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImpossibleDate, loadYaml } from '../../src/check/frontmatter.ts';
import { readYaml } from '../../src/content-yaml.ts';
import { finderOutlineSchema } from '../../src/schema/finder.ts';

/** Scalars as editors write them, and as a careless or hostile one might. */
const scalar = fc.constantFrom(
	'2026-11-21',
	'2026-11-21 10:00:00',
	'2026-11-21T10:00:00Z',
	'2026-02-30',
	'2026-13-45',
	'1.5',
	'0x1F',
	'0o17',
	'.inf',
	'yes',
	'no',
	'on',
	'~',
	'null',
	'"quoted: text"',
	"'single'",
	'plain words',
	'!!str 2026-11-21',
	'!!binary aGVsbG8=',
	'&anchor value',
	'*anchor',
	'[a, b]',
	'{ a: 1 }',
	'|\n    block',
);
const key = fc.constantFrom('reviewed', 'start', 'title', 'note', '<<', 'a', 'b', '? complex');
const line = fc.tuple(key, scalar).map(([name, value]) => `${name}: ${value}`);
const document = fc
	.tuple(fc.boolean(), fc.boolean(), fc.array(line, { minLength: 1, maxLength: 6 }))
	.map(([bom, directive, lines]) => `${bom ? '\uFEFF' : ''}${directive ? '%YAML 1.1\n---\n' : ''}${lines.join('\n')}\n`);

/** The checker's data as plain values: an impossible date is refused later by the schema (invalid-date), never read as another day. */
const plain = (value: unknown): unknown =>
	value instanceof ImpossibleDate
		? { impossible: value.text }
		: Array.isArray(value)
			? value.map(plain)
			: value && typeof value === 'object' && !(value instanceof Date)
				? Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, plain(inner)]))
				: value;

const build = (text: string): { data?: unknown; failed?: true } => {
	try {
		return { data: readYaml(text) };
	} catch {
		return { failed: true };
	}
};

describe('the checker and the build read YAML alike', () => {
	it('reads to the same data whatever the checker accepts, and refuses whatever the build cannot read', () => {
		let compared = 0;
		fc.assert(
			fc.property(document, (text) => {
				const checked = loadYaml(text.replace(/^\uFEFF/, '')); // the checker's reader takes the text after the BOM (read-file.ts)
				const built = build(text);
				if (built.failed) {
					expect(checked.problem ?? checked.duplicates?.[0], text).toBeDefined();
					return;
				}
				if (checked.problem || checked.duplicates?.length) return; // refused: the build never runs
				const data = plain(checked.data);
				if (JSON.stringify(data).includes('"impossible"')) return; // reported as invalid-date before the build
				expect(data, text).toEqual(built.data);
				compared++;
			}),
			{ numRuns: process.env.CI ? 2_000 : 5_000, seed: process.env.CI ? 20_261_206 : undefined },
		);
		// Most documents are read by both, so the comparison is what the property mostly does.
		expect(compared).toBeGreaterThan(process.env.CI ? 100 : 250); // about a tenth of them: the rest hold an alias, a tag, a merge key, a directive or an impossible date
	});

	it('takes a review time of day alike: a finder reviewed "2026-11-21 10:00:00" passes or fails in both', () => {
		const text = 'reviewed: 2026-11-21 10:00:00\nstart: goal\nquestions: {}\noutcomes: {}\n';
		const schema = finderOutlineSchema();
		expect(schema.safeParse(loadYaml(text).data).success).toBe(schema.safeParse(readYaml(text)).success);
	});
});
