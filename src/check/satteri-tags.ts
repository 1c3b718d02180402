/**
 * Sätteri's node-type tags, learnt at start-up through its public API. The package does not
 * export its tag table, so a small probe document with one node of each type the checker reads
 * is parsed once, and each node's public `typeName` is paired with its tag. The probe also
 * proves that a link's, an image's and a definition's address is read where the checker reads
 * it; if a Sätteri release changes either, the checker stops with this message rather than
 * misreading content.
 */
import { createMdxMdastHandle, dropHandle, MdastReader, serializeHandle } from 'satteri';

const needed = [
	'Heading',
	'Definition',
	'Text',
	'InlineCode',
	'Link',
	'Image',
	'ImageReference',
	'MdxJsxFlowElement',
	'MdxJsxTextElement',
	'MdxFlowExpression',
	'MdxTextExpression',
	'MdxjsEsm',
] as const;

export type SatteriTag = (typeof needed)[number];

const probe = [
	'# Heading',
	'',
	'[link](https://probe.invalid/link) ![image](/probe/image.png) `code` ![reference][Definition]',
	'',
	'[definition]: https://probe.invalid/definition',
	'',
	'<div>flow</div>',
	'',
	'{1}',
	'',
	"import Probe from './probe'",
	'',
	'text <span>inline</span> {2}',
	'',
].join('\n');

const expectedUrls: Partial<Record<SatteriTag, string>> = {
	Link: 'https://probe.invalid/link',
	Image: '/probe/image.png',
	Definition: 'https://probe.invalid/definition',
};

/** The offset of the address in a link's, an image's or a definition's type data. */
export const urlField = 0;

/** The offset of the identifier (the label as matched: lower-cased) in an image reference's and a definition's type data. */
export const identifierField = { ImageReference: 0, Definition: 16 } as const;

function learn(): Record<SatteriTag, number> {
	const handle = createMdxMdastHandle(probe, undefined, true);
	let reader: MdastReader;
	try {
		reader = new MdastReader(serializeHandle(handle));
	} finally {
		dropHandle(handle);
	}
	const tags = new Map<string, number>();
	reader.walk((id, tag) => {
		const name = reader.getNode(id).typeName;
		tags.set(name, tag);
		const url = expectedUrls[name as SatteriTag];
		if (url !== undefined && reader.fieldString(id, urlField) !== url) {
			throw new Error(
				`This version of Sätteri keeps a ${name}'s address elsewhere than the checker reads it (src/check/satteri-tags.ts). Update urlField, or pin the Sätteri version that worked.`,
			);
		}
		const identifier = identifierField[name as keyof typeof identifierField];
		if (identifier !== undefined && reader.fieldString(id, identifier) !== 'definition') {
			throw new Error(
				`This version of Sätteri keeps a ${name}'s identifier elsewhere than the checker reads it (src/check/satteri-tags.ts). Update identifierField, or pin the Sätteri version that worked.`,
			);
		}
	});
	const missing = needed.filter((name) => !tags.has(name));
	if (missing.length > 0)
		throw new Error(
			`This version of Sätteri no longer reports the node types ${missing.join(', ')} (src/check/satteri-tags.ts). Update the checker, or pin the Sätteri version that worked.`,
		);
	return Object.fromEntries(needed.map((name) => [name, tags.get(name) ?? -1])) as Record<SatteriTag, number>;
}

/** Tag by node-type name, learnt once per process. */
export const satteriTags = learn();
