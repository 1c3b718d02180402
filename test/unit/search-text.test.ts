import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/graph/catalogue.ts';
import type { Term } from '../../src/schema/index.ts';
import { compoundParts } from '../../src/search/compounds.ts';
import { koreanStems, stripParticle } from '../../src/search/korean.ts';
import { mentionedTerms, synonymText } from '../../src/search/synonyms.ts';

const asrm: Entry<Term> = {
	id: 'asrm',
	data: {
		en: 'Act on the Safety of Regenerative Medicine',
		ko: '재생의료법',
		ja: '再生医療等安全性確保法',
		falseFriends: [],
		aliases: ['ASRM'],
		definition: '…',
		paths: [],
		sources: [],
	},
};
const mah: Entry<Term> = {
	id: 'mah',
	data: {
		en: 'Marketing authorisation holder',
		ko: '제조판매업자',
		ja: '製造販売業者',
		falseFriends: [],
		aliases: ['MAH'],
		definition: '…',
		paths: [],
		sources: [],
	},
};

describe('Korean particles', () => {
	it('strips a particle from a noun and keeps two syllables at least', () => {
		expect(stripParticle('규제를')).toBe('규제');
		expect(stripParticle('아이파크에서')).toBe('아이파크');
		expect(stripParticle('특구는')).toBe('특구');
		expect(stripParticle('나라')).toBeUndefined();
	});

	it('lists each stem of a text once', () => {
		expect(koreanStems('특구는 쇼난 아이파크에 입주했고, 아이파크에서 연구한다. Shonan')).toEqual(['특구', '아이파크']);
	});
});

describe('glossary synonyms', () => {
	it('finds a term by any of its names, as a whole word for Latin names', () => {
		expect(mentionedTerms('Plans under the ASRM are filed…', [asrm, mah]).map((t) => t.id)).toEqual(['asrm']);
		expect(mentionedTerms('재생의료법에 따라', [asrm, mah]).map((t) => t.id)).toEqual(['asrm']);
		expect(mentionedTerms('A MAHJONG club', [asrm, mah])).toEqual([]);
	});

	it('counts a <Term> link as a mention', () => {
		expect(mentionedTerms('nothing here', [asrm, mah], new Set(['mah'])).map((t) => t.id)).toEqual(['mah']);
	});

	it('gives every name of the mentioned terms', () => {
		expect(synonymText([asrm])).toEqual(['Act on the Safety of Regenerative Medicine', '재생의료법', '再生医療等安全性確保法', 'ASRM']);
	});
});

describe('what a page is about', () => {
	it('is a term that lists the path, or one named in the page title', async () => {
		const { termsAbout } = await import('../../src/search/synonyms.ts');
		const listed: Entry<Term> = { ...asrm, data: { ...asrm.data, paths: ['asrm-class-1'] } };
		expect(termsAbout([listed, mah], ['Class I provision plan'], 'asrm-class-1').map((t) => t.id)).toEqual(['asrm']);
		expect(termsAbout([asrm, mah], ['Market entry through a Japanese MAH'], 'market-entry-mah').map((t) => t.id)).toEqual(['mah']);
		expect(termsAbout([asrm, mah], ['PMDA'])).toEqual([]);
	});
});

describe('dot-joined words', () => {
	it('indexes each half of a Korean or Japanese word joined by a middle dot', () => {
		expect(compoundParts('재생의료등제품의 조건부·기한부 승인')).toEqual(['조건부', '기한부']);
		// Japanese runs have no spaces: the halves are the text between dots, brackets at their ends trimmed.
		expect(compoundParts('「細胞・遺伝子治療」')).toEqual(['細胞', '遺伝子治療']);
	});

	it('leaves single characters and undotted words out', () => {
		expect(compoundParts('A·B 제1종·제2종·제3종 plain words')).toEqual(['제1종', '제2종', '제3종']);
	});
});
