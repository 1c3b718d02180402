/** `npm run translations`: what is left to translate in each language, most work first. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translationRows, translationSummary } from '../../src/graph/translation-status.ts';
import { readTranslationState, translationReport } from '../../scripts/translations.ts';
import { contentWith } from './fixtures.ts';

describe('the translation report', () => {
	it('says of each page whether it is missing, stale, partial, a draft or reviewed, in each language', () => {
		const contentDir = contentWith('stale-translation'); // approval.ko.mdx made from 2026-05-01, the original reviewed 2026-06-01
		const file = (name: string, text: string) => writeFileSync(join(contentDir, name), text);
		file(
			'paths/consultation.ko.mdx',
			'---\ntitle: 상담\nsummary: 상담합니다.\ntranslatedFrom: 2026-06-01\nstatus: reviewed\n---\n\n본문.\n',
		);
		file('paths/consultation.ja.mdx', '---\ntitle: 相談\nsummary: 相談します。\ntranslatedFrom: 2026-06-01\n---\n');
		file('cros/lab.ja.mdx', '---\ntitle: ラボ\nsummary: CROです。\ntranslatedFrom: 2026-06-01\n---\n\n本文。\n');
		const { originals, translations } = readTranslationState(contentDir);
		const rows = translationRows(originals, translations, ['ko', 'ja']);
		const state = (lang: string, page: string) => rows.find((row) => row.lang === lang && row.page === page)?.state;
		expect(state('ko', 'paths/approval')).toBe('stale');
		expect(state('ko', 'paths/consultation')).toBe('reviewed');
		expect(state('ko', 'cros/lab')).toBe('missing');
		expect(state('ja', 'paths/consultation')).toBe('partial'); // the original has a body; this has none
		expect(state('ja', 'cros/lab')).toBe('machine-draft');
		expect(state('ja', 'glossary#ctn')).toBe('missing'); // the term has no definitionJa

		const report = translationReport(rows);
		expect(report).toContain('stale    paths/approval');
		expect(report).toContain('(made from 2026-05-01; original reviewed 2026-06-01)');
		// Most work first: in each language, missing before stale before partial, and larger before smaller.
		const ko = rows.filter((row) => row.lang === 'ko').map((row) => row.state);
		expect(ko.indexOf('missing')).toBeLessThan(ko.indexOf('stale'));
		const summary = translationSummary(rows).get('ko');
		expect(summary?.counts.reviewed).toBe(1);
		expect(summary?.charactersLeft).toBe(
			rows.filter((row) => row.lang === 'ko' && row.state !== 'reviewed').reduce((sum, row) => sum + row.size, 0),
		);
	});
});
