/**
 * Shared vocabularies. Each value is declared once, here, with its label in each language of the
 * site; schemas, pages, filters and search all read this table.
 */
import { z } from 'zod';
import { defaultLocale, type Locale, type TranslationLocale } from './locales.ts';

/** A label in English, and in each other language of the site it is written in (a language added later shows English until then; a test asks for every label in every language). */
export type Labels = Record<typeof defaultLocale, string> & Partial<Record<TranslationLocale, string>>;

type Vocabulary = Record<string, Labels>;

/** What kind of therapy a path, CRO or benefit concerns. */
export const modalities = {
	'cell-therapy': { en: 'Cell therapy', ko: '세포치료', ja: '細胞治療' },
	'gene-therapy': { en: 'Gene therapy', ko: '유전자치료', ja: '遺伝子治療' },
	ipsc: { en: 'iPSC-derived product', ko: 'iPS 세포 유래 제품', ja: 'iPS細胞由来製品' },
	organoid: { en: 'Organoid', ko: '오가노이드', ja: 'オルガノイド' },
	'tissue-engineered': { en: 'Tissue-engineered product', ko: '조직공학제제', ja: '組織工学製品' },
	'combination-product': { en: 'Combination product', ko: '첨단바이오융복합제제', ja: 'コンビネーション製品' },
	'car-t': { en: 'CAR-T and other gene-modified cells', ko: 'CAR-T 등 유전자 변형 세포', ja: 'CAR-T細胞などの遺伝子改変細胞' },
	msc: { en: 'Mesenchymal stem cells (MSC)', ko: '중간엽줄기세포(MSC)', ja: '間葉系幹細胞（MSC）' },
	exosome: { en: 'Exosomes and extracellular vesicles', ko: '엑소좀·세포외소포', ja: 'エクソソーム・細胞外小胞' },
} as const satisfies Vocabulary;

/** What a contract research or manufacturing organisation can do for a company. */
export const services = {
	'drug-screening': { en: 'Drug screening', ko: '약물 스크리닝', ja: '創薬スクリーニング' },
	pharmacology: { en: 'Pharmacology', ko: '약리', ja: '薬理' },
	'nonclinical-safety': {
		en: 'Nonclinical safety (GLP toxicology)',
		ko: '비임상 안전성(GLP 독성시험)',
		ja: '非臨床安全性試験（GLP毒性試験）',
	},
	'cmc-quality': { en: 'CMC and quality', ko: 'CMC·품질', ja: 'CMC・品質' },
	manufacturing: { en: 'Manufacturing (CDMO)', ko: '위탁개발생산(CDMO)', ja: '受託製造（CDMO）' },
	'cell-processing': { en: 'Cell processing', ko: '세포 가공', ja: '細胞加工' },
	'clinical-operations': { en: 'Clinical operations', ko: '임상 운영', ja: '臨床開発業務' },
	'site-management': { en: 'Site management (SMO)', ko: '임상시험 실시기관 지원(SMO)', ja: '治験施設支援（SMO）' },
	'regulatory-consulting': { en: 'Regulatory consulting', ko: '인허가 컨설팅', ja: '薬事コンサルティング' },
	'in-country-caretaker': { en: 'In-country clinical caretaker (ICCC)', ko: '치험국내관리인(ICCC)', ja: '治験国内管理人' },
	'marketing-authorisation-holder': {
		en: 'Marketing authorisation holder for others (MAH / DMAH)',
		ko: '제조판매업자 역할 수탁(선임 제조판매업자 포함)',
		ja: '製造販売業者としての受託（選任製造販売業者を含む）',
	},
	'decentralized-trials': { en: 'Decentralised trials', ko: '분산형 임상시험', ja: '分散型臨床試験' },
	'data-biostatistics': { en: 'Data management and biostatistics', ko: '데이터 관리·생물통계', ja: 'データマネジメント・生物統計' },
	'analytical-testing': { en: 'Analytical testing', ko: '분석 시험', ja: '分析試験' },
} as const satisfies Vocabulary;

/** Where in development a path, service or benefit sits. */
export const stages = {
	discovery: { en: 'Discovery', ko: '탐색', ja: '探索' },
	nonclinical: { en: 'Nonclinical', ko: '비임상', ja: '非臨床' },
	clinical: { en: 'Clinical', ko: '임상', ja: '臨床' },
	approval: { en: 'Approval', ko: '허가', ja: '承認' },
	'post-market': { en: 'Post-market', ko: '시판 후', ja: '製造販売後' },
} as const satisfies Vocabulary;

/** Countries as ISO 3166-1 alpha-2 codes. Add a country here before using it in content. */
export const countries = {
	JP: { en: 'Japan', ko: '일본', ja: '日本' },
	KR: { en: 'Korea', ko: '대한민국', ja: '韓国' },
	US: { en: 'United States', ko: '미국', ja: '米国' },
	CN: { en: 'China', ko: '중국', ja: '中国' },
	DE: { en: 'Germany', ko: '독일', ja: 'ドイツ' },
	GB: { en: 'United Kingdom', ko: '영국', ja: '英国' },
	AT: { en: 'Austria', ko: '오스트리아', ja: 'オーストリア' },
	ES: { en: 'Spain', ko: '스페인', ja: 'スペイン' },
} as const satisfies Vocabulary;

/** Languages as ISO 639-1 codes. */
export const languages = {
	ja: { en: 'Japanese', ko: '일본어', ja: '日本語' },
	ko: { en: 'Korean', ko: '한국어', ja: '韓国語' },
	en: { en: 'English', ko: '영어', ja: '英語' },
	zh: { en: 'Chinese', ko: '중국어', ja: '中国語' },
} as const satisfies Vocabulary;

/** What kind of body an institution is. */
export const institutionTypes = {
	regulator: { en: 'Regulator', ko: '규제기관', ja: '規制当局' },
	ministry: { en: 'Ministry', ko: '정부 부처', ja: '省庁' },
	'public-agency': { en: 'Public agency', ko: '공공기관', ja: '公的機関' },
	'local-government': { en: 'Local government', ko: '지방자치단체', ja: '地方自治体' },
	hospital: { en: 'Hospital', ko: '병원', ja: '病院' },
	university: { en: 'University', ko: '대학', ja: '大学' },
	pharma: { en: 'Pharmaceutical company', ko: '제약회사', ja: '製薬企業' },
	'cro-network': { en: 'CRO network or consortium', ko: 'CRO 네트워크·컨소시엄', ja: 'CROネットワーク・コンソーシアム' },
	fund: { en: 'Fund or investor', ko: '펀드·투자기관', ja: 'ファンド・投資機関' },
	cluster: { en: 'Science park or cluster', ko: '연구단지·클러스터', ja: 'サイエンスパーク・クラスター' },
	association: { en: 'Industry or academic association', ko: '협회·학회', ja: '業界団体・学会' },
} as const satisfies Vocabulary;

/** What a special-zone benefit gives a company. */
export const benefitKinds = {
	funding: { en: 'Funding', ko: '자금 지원', ja: '資金支援' },
	facility: { en: 'Facility and office space', ko: '시설·공간', ja: '施設・拠点' },
	'overseas-demonstration': { en: 'Overseas demonstration', ko: '해외 실증', ja: '海外実証' },
	'regulatory-exemption': { en: 'Regulatory special case', ko: '규제 특례', ja: '規制特例' },
	'investment-linkage': { en: 'Investment linkage', ko: '투자 연계', ja: '投資連携' },
	consulting: { en: 'Consulting and matching', ko: '컨설팅·매칭', ja: 'コンサルティング・マッチング' },
	'licensing-support': { en: 'Licensing support', ko: '인허가 지원', ja: '許認可支援' },
	'joint-research': { en: 'Joint research', ko: '공동 연구', ja: '共同研究' },
} as const satisfies Vocabulary;

/** Currencies a fee may be stated in (ISO 4217). */
export const currencies = {
	JPY: { en: 'Japanese yen', ko: '엔', ja: '円' },
	KRW: { en: 'Korean won', ko: '원', ja: 'ウォン' },
	USD: { en: 'US dollar', ko: '미국 달러', ja: '米ドル' },
} as const satisfies Vocabulary;

/** Units a duration may be stated in. */
export const durationUnits = {
	days: { en: 'days', ko: '일', ja: '日' },
	weeks: { en: 'weeks', ko: '주', ja: '週' },
	months: { en: 'months', ko: '개월', ja: 'か月' },
	years: { en: 'years', ko: '년', ja: '年' },
} as const satisfies Vocabulary;

/** What a precedent is a case of. */
export const precedentKinds = {
	'product-approval': { en: 'Product approval', ko: '제품 승인', ja: '製品の承認' },
	'foreign-accreditation': { en: 'Accreditation of a facility abroad', ko: '외국 시설 인정', ja: '外国の施設の認定' },
} as const satisfies Vocabulary;

/** What happened on a date. */
export const precedentEvents = {
	consultation: { en: 'PMDA consultation', ko: 'PMDA 상담', ja: 'PMDA相談' },
	designation: { en: 'Designation (SAKIGAKE, orphan)', ko: '지정 (선구적·희귀)', ja: '指定（先駆け・希少疾病用）' },
	filing: { en: 'Application filed', ko: '신청', ja: '申請' },
	'conditional-approval': { en: 'Conditional and time-limited approval', ko: '조건부·기한부 승인', ja: '条件及び期限付承認' },
	approval: { en: 'Approval', ko: '승인', ja: '承認' },
	'price-listing': { en: 'NHI price listing', ko: '약가 등재', ja: '薬価基準収載' },
	'time-limit-extended': { en: 'Time limit extended', ko: '기한 연장', ja: '期限の延長' },
	reapplication: {
		en: 'Application for approval after a conditional approval',
		ko: '조건부 승인 후 승인 신청',
		ja: '条件及び期限付承認後の承認申請',
	},
	refused: { en: 'Approval refused or application withdrawn', ko: '승인 거부 또는 신청 취하', ja: '承認されず、又は申請取下げ' },
	'holder-changed': { en: 'Approval passed to another holder', ko: '승인 승계', ja: '承認の承継' },
	delisted: { en: 'Removed from the price list or from the market', ko: '약가 삭제·판매 중단', ja: '薬価削除・販売中止' },
	'approval-lapsed': { en: 'Approval lapsed', ko: '승인 실효', ja: '承認の失効' },
	accreditation: { en: 'Facility accredited', ko: '시설 인정', ja: '施設の認定' },
	'order-issued': { en: 'Order from MHLW', ko: '후생노동성의 명령', ja: '厚生労働省の命令' },
} as const satisfies Vocabulary;

/** Every vocabulary by name: filters, search facets and generated docs iterate this. */
export const vocabularies = {
	modalities,
	services,
	stages,
	countries,
	languages,
	institutionTypes,
	benefitKinds,
	currencies,
	durationUnits,
	precedentKinds,
	precedentEvents,
} as const;

export type VocabularyName = keyof typeof vocabularies;

/** A schema that accepts exactly the values of one vocabulary. */
export function vocabulary<V extends Vocabulary>(table: V) {
	return z.enum(Object.keys(table) as [keyof V & string, ...(keyof V & string)[]]);
}

/** The label of a vocabulary value in one language. */
export function label(name: VocabularyName, value: string, lang: Locale = defaultLocale): string {
	const table: Vocabulary = vocabularies[name];
	return table[value]?.[lang] ?? table[value]?.[defaultLocale] ?? value;
}
