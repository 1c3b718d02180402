/**
 * Which hosts count as a government's own, and the few exceptions the site has checked by hand.
 * A public body's official website (a regulator, a ministry, a public agency, a local government)
 * must be on its country's public-body domains; anything else needs an entry below, with the
 * source that shows the address is the body's own.
 */
import type { countries } from './vocab.ts';

type Country = keyof typeof countries;

/**
 * The domains under which only public bodies of a country register. Japan: go.jp (central
 * government), lg.jp (local government), and the pref./city./town./vill. labels that JPRS
 * reserves for local governments in geographic domains (pref.kanagawa.jp). Korea: go.kr
 * (government); or.kr holds non-profits, public agencies among them, so it counts only for an
 * institution whose type says it is a public agency.
 */
export const publicBodySuffixes: Partial<Record<Country, { government: RegExp; publicAgency?: RegExp }>> = {
	JP: { government: /(?:^|\.)(?:go\.jp|lg\.jp|(?:pref|city|town|vill)\.[a-z-]+\.jp)$/ },
	KR: { government: /(?:^|\.)go\.kr$/, publicAgency: /(?:^|\.)or\.kr$/ },
};

/**
 * Public bodies whose own site is on another domain, each with the entry whose sources show the
 * address is theirs (a test holds every host here to a source of that entry on the same host).
 */
export const officialHostExceptions: Readonly<Record<string, string>> = {
	// 재생의료진흥재단 (RMAF), the foundation MOHW designated under the Advanced Regenerative Bio Act, publishes its FAQ and notices at rmaf.kr (a source of its entry).
	'rmaf.kr': 'content/institutions/rmaf.mdx',
};

/**
 * Hosts with letters outside ASCII (internationalised domain names, written in Unicode or as
 * xn-- punycode) that content may link to. Such a host can look exactly like another (pmdа.go.jp
 * with a Cyrillic а), so none is allowed unless listed here.
 */
export const internationalHostAllowlist: readonly string[] = [];

/**
 * Second-level domains that stand for a country's government, universities or companies. A host
 * that carries one of them before its end (`pmda.go.jp.example.net`) or in a hyphenated label
 * (`pmda-go-jp.example`) is dressed up as an official site.
 */
export const officialLookingSuffixes = ['go', 'lg', 'ac', 'or', 'ed', 'ad', 'gr', 'ne', 'co']
	.flatMap((label) => [`${label}.jp`, `${label}.kr`])
	.concat(['re.kr', 'gouv.fr', 'gov.uk']);
