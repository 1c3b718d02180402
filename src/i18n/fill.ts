/**
 * Putting values into a dictionary text. Kept apart from the dictionaries, so a browser script
 * (the directory filter's count) can use it without loading every language's words.
 */

/** Plural rules per language, made once each. */
const pluralRules = new Map<string, Intl.PluralRules>();
const rulesFor = (locale: string) => {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
	return rules;
};

/** `{count, plural, one {# precedent} other {# precedents}}`: a number's words by the language's plural rules (ICU's form). */
const pluralSlot = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const pluralForm = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * Puts values into a dictionary text: `fill('Reviewed {date}', { date })`. A plural slot picks
 * its form for the number by `locale`'s plural rules, exact forms (`=0`) first, and writes the
 * number where the form has `#`: English says "1 precedent" and "2 precedents", while Korean and
 * Japanese, which have one form, write `{count}건` and `{count}件`.
 */
export function fill(text: string, values: Record<string, string | number>, locale = 'en'): string {
	return text
		.replace(pluralSlot, (whole, name: string, forms: string) => {
			if (!(name in values)) return whole;
			const count = Number(values[name]);
			const byForm = new Map([...forms.matchAll(pluralForm)].map((match) => [match[1], match[2]]));
			const form = byForm.get(`=${count}`) ?? byForm.get(rulesFor(locale).select(count)) ?? byForm.get('other') ?? '';
			return form.replace(/#/g, String(values[name]));
		})
		.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The names of the values a dictionary text takes, plural slots included: what every language's text must take alike. */
export function placeholders(text: string): string[] {
	const names = new Set<string>();
	for (const match of text.matchAll(pluralSlot)) names.add(match[1]);
	for (const match of text.replace(pluralSlot, '').matchAll(/\{(\w+)\}/g)) names.add(match[1]);
	return [...names].sort();
}

/**
 * A dictionary text cut around its `{name}` slots, for a page that puts markup (a link) in a
 * slot: `['Check every requirement with ', { slot: 'pmda' }, ', ', …]`.
 */
export function slots(text: string): (string | { slot: string })[] {
	return text.split(/(\{\w+\})/).flatMap((part): (string | { slot: string })[] => {
		const slot = /^\{(\w+)\}$/.exec(part)?.[1];
		return slot ? [{ slot }] : part ? [part] : [];
	});
}
