/** All content as plain data: references are string ids, as the checker reads them. */
import type { Benefit, Cro, Institution, Path, Precedent, Question, SitePage, Term, Zone } from '../schema/index.ts';
import type { Translation } from '../schema/translation.ts';

export interface Entry<Data> {
	id: string;
	data: Data;
}

export interface Catalogue {
	paths: Entry<Path>[];
	cros: Entry<Cro>[];
	institutions: Entry<Institution>[];
	zones: Entry<Zone>[];
	benefits: Entry<Benefit>[];
	questions: Entry<Question>[];
	precedents: Entry<Precedent>[];
	pages: Entry<SitePage>[];
	glossary: Entry<Term>[];
	/** Published translations, with ids `<collection>/<id>.<lang>`. */
	translations: Entry<Translation>[];
}
