/**
 * Relations derived from the side that declares them. Content writes each relation once (a
 * CRO says which steps it supports; a benefit says which paths it helps); these answer the
 * reverse questions the pages ask. Everything is indexed in one pass over the catalogue, so
 * each answer is a map look-up: no page scans a collection, however large the site grows.
 */
import type { Benefit, CollectionName, Cro, Institution, Path, Precedent, Question, Step, Zone } from '../schema/index.ts';
import { termName } from '../schema/glossary.ts';
import { translationLocales, type Locale } from '../schema/locales.ts';
import type { Translation } from '../schema/translation.ts';
import type { Catalogue, Entry } from './catalogue.ts';

/** Everything that points at an institution, grouped by how it points. */
export interface InstitutionBacklinks {
	/** Paths whose final decision, or one of whose steps, it makes. */
	authorityFor: Entry<Path>[];
	/** CROs that are members of it. */
	members: Entry<Cro>[];
	/** Benefits it provides or pays for. */
	provides: Entry<Benefit>[];
	/** Benefits through which companies work with it as a partner. */
	partnerIn: Entry<Benefit>[];
	/** Zones it runs. */
	operates: Entry<Zone>[];
	/** Zones that use it as a base abroad. */
	baseFor: Entry<Zone>[];
	/** Institutions that are part of it. */
	children: Entry<Institution>[];
}

export interface Relations {
	/** What readers see for an entry: its title (a glossary term's English name), or the id if there is no such entry. */
	title(collection: CollectionName, id: string): string;
	/** The entry's title in `locale`, and the language it is really in (English where it is not yet translated). */
	titleIn(collection: CollectionName, id: string, locale: Locale): { text: string; lang: Locale };
	/** The published translation of an entry into `locale`, if there is one. */
	translation(collection: CollectionName, id: string, locale: Locale): Entry<Translation> | undefined;
	/** A path's step, by path and step id. */
	step(pathId: string, stepId: string): Step | undefined;
	/** A step's title in `locale`, and the language it is really in; undefined when the path has no such step. */
	stepTitleIn(pathId: string, stepId: string, locale: Locale): { text: string; lang: Locale } | undefined;
	/** CROs that declare support for a step of a path, or for the whole path. */
	crosForStep(pathId: string, stepId: string): Entry<Cro>[];
	/** Paths that list `pathId` among their prerequisites: where a reader can go next. */
	pathsThatRequire(pathId: string): Entry<Path>[];
	/** Benefits that say they help with a path. */
	benefitsForPath(pathId: string): Entry<Benefit>[];
	/** Benefits that a zone offers. */
	benefitsOfZone(zoneId: string): Entry<Benefit>[];
	/** Benefits through which a company is matched with a CRO. */
	benefitsNamingCro(croId: string): Entry<Benefit>[];
	/** Founders' questions whose answers lead to a path. */
	questionsForPath(pathId: string): Entry<Question>[];
	/** What happened before on a path: the precedents that name it. */
	precedentsForPath(pathId: string): Entry<Precedent>[];
	institutionBacklinks(institutionId: string): InstitutionBacklinks;
}

/** A map from a key to the entries filed under it, in catalogue order, each entry once. */
class Index<T extends { id: string }> {
	private readonly byKey = new Map<string, T[]>();

	add(key: string | undefined, item: T): void {
		if (key === undefined) return;
		const list = this.byKey.get(key);
		if (!list) this.byKey.set(key, [item]);
		else if (list.at(-1) !== item) list.push(item);
	}

	get(key: string): T[] {
		return this.byKey.get(key) ?? [];
	}
}

const emptyBacklinks = (): InstitutionBacklinks => ({
	authorityFor: [],
	members: [],
	provides: [],
	partnerIn: [],
	operates: [],
	baseFor: [],
	children: [],
});

export function relate(catalogue: Catalogue): Relations {
	const titles = new Map<string, string>();
	const steps = new Map<string, Step>();
	const wholePathCros = new Index<Entry<Cro>>();
	const stepCros = new Index<Entry<Cro>>();
	const requiring = new Index<Entry<Path>>();
	const benefitsByPath = new Index<Entry<Benefit>>();
	const benefitsByZone = new Index<Entry<Benefit>>();
	const benefitsByCro = new Index<Entry<Benefit>>();
	const questionsByPath = new Index<Entry<Question>>();
	const precedentsByPath = new Index<Entry<Precedent>>();
	const backlinks = new Map<string, InstitutionBacklinks>();
	const linksOf = (id: string | undefined): InstitutionBacklinks | undefined => {
		if (id === undefined) return undefined;
		let links = backlinks.get(id);
		if (!links) backlinks.set(id, (links = emptyBacklinks()));
		return links;
	};
	const once = <T>(list: T[] | undefined, item: T) => {
		if (list && list.at(-1) !== item) list.push(item);
	};

	for (const path of catalogue.paths) {
		titles.set(`paths/${path.id}`, path.data.title);
		for (const step of path.data.steps) steps.set(`${path.id}#${step.id}`, step);
		for (const prerequisite of path.data.prerequisites) requiring.add(prerequisite, path);
		once(linksOf(path.data.authority)?.authorityFor, path);
		for (const step of path.data.steps) once(linksOf(step.authority)?.authorityFor, path);
	}
	for (const cro of catalogue.cros) {
		titles.set(`cros/${cro.id}`, cro.data.title);
		for (const support of cro.data.supports) {
			if (support.steps === undefined) wholePathCros.add(support.path, cro);
			else for (const stepId of support.steps) stepCros.add(`${support.path}#${stepId}`, cro);
		}
		for (const network of cro.data.memberOf) once(linksOf(network)?.members, cro);
	}
	for (const institution of catalogue.institutions) {
		titles.set(`institutions/${institution.id}`, institution.data.title);
		once(linksOf(institution.data.parent)?.children, institution);
	}
	for (const zone of catalogue.zones) {
		titles.set(`zones/${zone.id}`, zone.data.title);
		for (const operator of zone.data.operators) once(linksOf(operator)?.operates, zone);
		for (const base of zone.data.overseasBases) once(linksOf(base)?.baseFor, zone);
	}
	for (const benefit of catalogue.benefits) {
		titles.set(`benefits/${benefit.id}`, benefit.data.title);
		for (const path of benefit.data.helpsWith) benefitsByPath.add(path, benefit);
		benefitsByZone.add(benefit.data.zone, benefit);
		for (const cro of benefit.data.cros) benefitsByCro.add(cro, benefit);
		for (const provider of benefit.data.providedBy) once(linksOf(provider)?.provides, benefit);
		for (const partner of benefit.data.partners) once(linksOf(partner)?.partnerIn, benefit);
	}
	for (const question of catalogue.questions) {
		titles.set(`questions/${question.id}`, question.data.title);
		for (const path of question.data.paths) questionsByPath.add(path, question);
	}
	for (const precedent of catalogue.precedents) {
		titles.set(`precedents/${precedent.id}`, precedent.data.title);
		for (const path of precedent.data.paths) precedentsByPath.add(path, precedent);
	}
	for (const page of catalogue.pages) titles.set(`pages/${page.id}`, page.data.title);
	for (const term of catalogue.glossary) {
		titles.set(`glossary/${term.id}`, term.data.en);
		for (const locale of translationLocales) titles.set(`${locale}:glossary/${term.id}`, termName(term.data, locale).text);
	}
	// A translation's id is `<collection>/<id>.<lang>`.
	const translations = new Map<string, Entry<Translation>>();
	for (const translation of catalogue.translations) {
		const [entry, lang] = translation.id.split('.');
		translations.set(`${lang}:${entry}`, translation);
		titles.set(`${lang}:${entry}`, translation.data.title);
	}

	// A CRO that supports the whole path helps with every step; catalogue order is kept.
	const croOrder = new Map(catalogue.cros.map((cro, index) => [cro.id, index]));
	return {
		title: (collection, id) => titles.get(`${collection}/${id}`) ?? id,
		titleIn: (collection, id, locale) => {
			const translated = locale === 'en' ? undefined : titles.get(`${locale}:${collection}/${id}`);
			return translated === undefined ? { text: titles.get(`${collection}/${id}`) ?? id, lang: 'en' } : { text: translated, lang: locale };
		},
		translation: (collection, id, locale) => translations.get(`${locale}:${collection}/${id}`),
		step: (pathId, stepId) => steps.get(`${pathId}#${stepId}`),
		stepTitleIn: (pathId, stepId, locale) => {
			const step = steps.get(`${pathId}#${stepId}`);
			if (!step) return undefined;
			const translated = translations.get(`${locale}:paths/${pathId}`)?.data.steps?.find((words) => words.id === stepId)?.title;
			return translated === undefined || locale === 'en' ? { text: step.title, lang: 'en' } : { text: translated, lang: locale };
		},
		crosForStep: (pathId, stepId) =>
			[...wholePathCros.get(pathId), ...stepCros.get(`${pathId}#${stepId}`)].sort(
				(a, b) => (croOrder.get(a.id) ?? 0) - (croOrder.get(b.id) ?? 0),
			),
		pathsThatRequire: (pathId) => requiring.get(pathId),
		benefitsForPath: (pathId) => benefitsByPath.get(pathId),
		benefitsOfZone: (zoneId) => benefitsByZone.get(zoneId),
		benefitsNamingCro: (croId) => benefitsByCro.get(croId),
		questionsForPath: (pathId) => questionsByPath.get(pathId),
		precedentsForPath: (pathId) => precedentsByPath.get(pathId),
		institutionBacklinks: (institutionId) => backlinks.get(institutionId) ?? emptyBacklinks(),
	};
}
