import { describe, expect, it } from 'vitest';
import { localize, termDefinition } from '../../src/lib/localize.ts';
import { schemas } from '../../src/schema/index.ts';
import { translationSchema } from '../../src/schema/translation.ts';

const path = schemas.paths.parse({
	title: 'Full approval',
	summary: 'One sentence.',
	reviewed: '2026-11-20',
	sources: [{ title: 'Source', url: 'https://example.org/' }],
	jurisdiction: 'JP',
	law: 'PMD Act, Art. 23-25',
	authority: 'mhlw',
	modalities: ['cell-therapy'],
	stage: 'approval',
	outcome: 'Approval',
	steps: [
		{ id: 'file', title: 'File the application', actor: 'Sponsor', documents: ['Form', 'Data'] },
		{ id: 'decide', title: 'MHLW decides', actor: 'MHLW' },
	],
});
const translation = (extra: object) => ({
	id: 'paths/full-approval.ko',
	data: translationSchema('paths').parse({ title: '정식 승인', summary: '한 문장입니다.', translatedFrom: '2026-11-20', ...extra }),
	body: '본문',
});

describe('an entry in the reader’s language', () => {
	it('puts the translated words in their places and keeps every figure, id and reference of the original', () => {
		const localized = localize(
			path,
			'ko',
			translation({ law: '의약품의료기기법 제23조의25', steps: [{ id: 'file', title: '신청서 제출', documents: ['서식', '자료'] }] }),
		);
		expect(localized.data.title).toBe('정식 승인');
		expect(localized.data.law).toBe('의약품의료기기법 제23조의25');
		expect(localized.data.steps.map((step) => step.title)).toEqual(['신청서 제출', 'MHLW decides']);
		expect(localized.data.steps[0]!.documents).toEqual(['서식', '자료']);
		expect(localized.data.authority).toBe('mhlw');
		expect(localized.translatedSteps).toEqual(new Set(['file']));
		expect(localized.lang).toBe('ko');
		expect(localized.bodyTranslated).toBe(true);
	});

	it('says which fields are still English', () => {
		const localized = localize(path, 'ko', translation({ law: '의약품의료기기법' }));
		expect(localized.fieldLang('law')).toBe('ko');
		expect(localized.fieldLang('outcome')).toBe('en');
	});

	it('marks a translation made before the original’s last review as stale, with the review it was made from', () => {
		expect(localize(path, 'ko', translation({})).staleSince).toBeUndefined();
		expect(localize(path, 'ko', translation({ translatedFrom: '2026-10-01' })).staleSince).toEqual(new Date('2026-10-01'));
	});

	it('shows the original, as English, where there is no translation', () => {
		const localized = localize(path, 'ja', undefined);
		expect(localized.data).toBe(path);
		expect(localized.lang).toBe('en');
		expect(localized.bodyTranslated).toBe(false);
	});
});

describe('a glossary definition in the reader’s language', () => {
	const term = schemas.glossary.parse({
		en: 'Chiken',
		ko: '치험',
		ja: '治験',
		definition: 'A trial for approval.',
		definitionKo: '승인을 위한 임상시험입니다.',
	});

	it('is the locale’s own where it is written', () => {
		expect(termDefinition(term, 'ko')).toEqual({ text: '승인을 위한 임상시험입니다.', lang: 'ko' });
		expect(termDefinition(term, 'en')).toEqual({ text: 'A trial for approval.', lang: 'en' });
	});

	it('is the English one, said to be English, where it is not', () => {
		expect(termDefinition(term, 'ja')).toEqual({ text: 'A trial for approval.', lang: 'en' });
	});
});
