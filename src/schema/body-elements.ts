/**
 * What an MDX body may contain beyond Markdown, decided once for the checker, the components
 * and the docs. HTML elements and attributes start from hast-util-sanitize's default schema
 * (GitHub's list of what is safe in user content) and are narrowed to what content needs.
 */
import { defaultSchema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { memoise } from '../util/memoise.ts';

/** The site's components a body may use without importing them, with the one attribute each takes. */
export const bodyComponents = { Step: 'id', Ref: 'to', Term: 'id' } as const;

export type BodyComponent = keyof typeof bodyComponents;

/** Elements that run code or embed another page; named separately because the fix is different. */
export const codeElements = new Set([
	'script',
	'iframe',
	'style',
	'object',
	'embed',
	'frame',
	'frameset',
	'applet',
	'noscript',
	'template',
]);

/**
 * GitHub's safe elements, without form controls (a task list's box comes from Markdown, never
 * from a body's HTML) and without `picture` and `source`, whose `srcset` loads images from
 * addresses the image rule (url-policy.ts) never sees.
 */
const notInContent = new Set(['input', 'picture', 'source']);
export const allowedElements = new Set((defaultSchema.tagNames ?? []).filter((name) => !notInContent.has(name)));

/** Attributes that could take over an id the page itself uses (#main, #step-…), which GitHub prefixes and content may not set. */
const clobbered = new Set(defaultSchema.clobber ?? []);

type AttributeRule = string | [string, ...(string | number | boolean | RegExp | null | undefined)[]];

function rulesFor(element: string): AttributeRule[] {
	const attributes = defaultSchema.attributes ?? {};
	return [...((attributes[element] ?? []) as AttributeRule[]), ...((attributes['*'] ?? []) as AttributeRule[])];
}

/** Attributes whose value is an address a browser would follow or load. */
export const urlAttributes = { href: 'link', cite: 'link', longDesc: 'link', src: 'image' } as const;

/**
 * Whether `element` may carry `attribute` (as written in the body: `class`, `aria-label`)
 * with `value`, by GitHub's schema: its hast property must be listed for the element or for
 * every element, with the value among the listed ones where the schema restricts it. Bodies use
 * few distinct elements and attributes, so each answer is worked out once.
 */
export const attributeAllowed = memoise((...args: Parameters<typeof decide>) => args.map(String).join(' '), decide);

function decide(element: string, attribute: string, value: string | true): boolean {
	const property = find(html, attribute).property;
	if (clobbered.has(property)) return false;
	return rulesFor(element).some((rule) => {
		if (typeof rule === 'string') return rule === property;
		const [name, ...values] = rule;
		if (name !== property) return false;
		if (values.length === 0) return true;
		// A list of values (class="a b") is allowed when every value in it is: a pattern is tested against each one, not the whole list.
		const parts = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [String(value)];
		return (
			parts.length > 0 &&
			parts.every((part) => values.some((allowed) => (allowed instanceof RegExp ? allowed.test(part) : String(allowed) === part)))
		);
	});
}

/** The hast property name of an attribute as written (`class` → `className`). */
export function attributeProperty(attribute: string): string {
	return find(html, attribute).property;
}
