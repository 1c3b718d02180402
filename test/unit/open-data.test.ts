import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/graph/catalogue.ts';
import { crosCsv } from '../../src/lib/open-data.ts';
import { jsonForScript } from '../../src/lib/script-json.ts';
import { schemas } from '../../src/schema/index.ts';

const cro = (id: string, title: string, summary = 'A laboratory.') => ({
	id,
	data: schemas.cros.parse({
		title,
		summary,
		reviewed: '2026-11-01',
		headquarters: { country: 'JP', city: '@Tokyo' },
		services: ['cmc-quality'],
		stages: ['clinical'],
		languages: [{ language: 'ja', source: 1 }],
		sources: [{ title: 'Home', url: 'https://example.org/' }],
	}),
});

describe('the CRO directory as CSV', () => {
	const hostile = [
		'=HYPERLINK("https://evil.example","Click")',
		"+cmd|' /C calc'!A0",
		"@SUM(1+1)*cmd|' /C calc'!A0",
		"-2+3+cmd|' /C calc'!A0",
		'\t=1+1',
		'\r=1+1',
	];
	const catalogue = { cros: hostile.map((title, index) => cro(`lab-${index}`, title, title)) } as unknown as Catalogue;
	const rows = parse(
		crosCsv(catalogue, (route) => `https://biobridge.example.org${route}`),
		{ relax_quotes: false },
	) as string[][];

	it('reads back as one header and one row per CRO, every field intact after its guard', () => {
		expect(rows).toHaveLength(hostile.length + 1);
		expect(rows.slice(1).map((row) => row[1])).toEqual(hostile.map((title) => `'${title}`));
	});

	it('has no cell a spreadsheet would evaluate', () => {
		for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
	});
});

describe('JSON embedded in a script element', () => {
	it('cannot close the script or open a comment, and means the same JSON', () => {
		const value = { name: '</script><meta http-equiv=refresh content=0>', note: '<!-- & -->', lines: '\u2028\u2029' };
		const text = jsonForScript(value);
		expect(text).not.toMatch(/[<>&\u2028\u2029]/);
		expect(JSON.parse(text)).toEqual(value);
	});
});
