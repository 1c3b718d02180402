/**
 * Reads an MDX body with Sätteri's parser (positions included) and collects what the checker
 * needs: links, components and their attributes, headings. Anything that is code rather than
 * content is reported here, since it needs no other file to judge.
 *
 * It walks Sätteri's node buffer with `MdastReader` and reads only the nodes it needs, instead
 * of materialising the whole tree with `mdxToMdast`: the same parse, about half the time and
 * far less garbage (see the bench in README).
 */
import { createMdxMdastHandle, dropHandle, MdastReader, serializeHandle } from 'satteri';
import { diagnostic, type Diagnostic, type Position } from './diagnostic.ts';

export interface BodyLink {
	url: string;
	at: Position;
}

export interface BodyComponent {
	name: string;
	/** String-valued attributes. */
	attributes: Record<string, string>;
	at: Position;
}

export interface BodyFacts {
	links: BodyLink[];
	components: BodyComponent[];
	/** Heading texts, in order, for heading anchors. */
	headings: string[];
}

/** Components an MDX body may use, and the attribute each one needs. */
export const allowedComponents = { Step: 'id', Ref: 'to', Term: 'id' } as const;

/** The only imports an MDX body may have: the site's own body components. */
const allowedImport = /^import\s+(Step|Ref|Term)\s+from\s+['"](?:\.\.\/)+src\/components\/\1\.astro['"];?\s*$/;
const forbiddenElements = new Set(['script', 'iframe', 'style', 'object', 'embed']);

interface Attribute {
	type: string;
	name?: string;
	value?: unknown;
}

/**
 * Sätteri's node-type tags (its generated `NodeType` table, which the package does not export).
 * Pinned with Sätteri's exact version; the fixture tests fail if a tag moves.
 */
const NodeType = { Heading: 2, Definition: 9, Text: 10, InlineCode: 13, Link: 15, MdxJsxFlowElement: 100, MdxJsxTextElement: 101, MdxFlowExpression: 102, MdxTextExpression: 103, MdxjsEsm: 104 } as const;

const textTypes = new Set<number>([NodeType.Text, NodeType.InlineCode]);

function parse(source: string): MdastReader {
	const handle = createMdxMdastHandle(source, undefined, true);
	try {
		return new MdastReader(serializeHandle(handle));
	} finally {
		dropHandle(handle);
	}
}

export function readBody(source: string, file: string): { facts: BodyFacts; diagnostics: Diagnostic[] } {
	const facts: BodyFacts = { links: [], components: [], headings: [] };
	const diagnostics: Diagnostic[] = [];
	let reader: MdastReader;
	try {
		reader = parse(source);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const where = /^(\d+):(\d+):\s*/.exec(message);
		const at = where ? { line: Number(where[1]), column: Number(where[2]) } : { line: 1, column: 1 };
		const text = message.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([\w:-]+\)$/, '');
		diagnostics.push(diagnostic('mdx-syntax', file, at, `The body is not valid MDX: ${text}`, 'In MDX, `<` starts a component and `{` starts code: write "less than" in words, and avoid curly braces in text.'));
		return { facts, diagnostics };
	}

	const positionOf = (id: number) => {
		const start = reader.getPosition(id)?.start;
		return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
	};
	const textOf = (id: number): string => {
		let text = '';
		reader.walk((child, type) => {
			if (textTypes.has(type)) text += reader.getTextValue(child);
		}, id);
		return text;
	};

	reader.walk((id, type) => {
		switch (type) {
			case NodeType.Link:
			case NodeType.Definition: {
				const url = reader.fieldString(id, 0);
				const at = positionOf(id);
				if (/^\s*javascript:/i.test(url)) diagnostics.push(diagnostic('code-javascript-url', file, at, `A link points to \`${url.slice(0, 40)}\`, which runs code.`, 'Link to a page instead, with an https:// address or a site route like /cros/cmic/.'));
				else facts.links.push({ url, at });
				break;
			}
			case NodeType.Heading:
				facts.headings.push(textOf(id));
				return false;
			case NodeType.MdxjsEsm: {
				const at = positionOf(id);
				for (const line of reader.getTextValue(id).split('\n').filter((l) => l.trim())) {
					if (!allowedImport.test(line.trim())) {
						diagnostics.push(diagnostic('code-import-export', file, at, `The body has code: \`${line.trim().slice(0, 60)}\`.`, 'Remove the line. <Step>, <Ref> and <Term> work without an import; nothing else may be imported or exported.'));
					}
				}
				break;
			}
			case NodeType.MdxFlowExpression:
			case NodeType.MdxTextExpression:
				diagnostics.push(diagnostic('code-expression', file, positionOf(id), `The body has a JavaScript expression: \`{${reader.getTextValue(id).trim().slice(0, 40)}}\`.`, 'Remove the curly braces, or write the text without them.'));
				break;
			case NodeType.MdxJsxFlowElement:
			case NodeType.MdxJsxTextElement:
				readElement(reader.getMdxJsxElementData(id) as { name: string | null; attributes: Attribute[] }, positionOf(id));
				break;
		}
		return undefined;
	});
	return { facts, diagnostics };

	function readElement(element: { name: string | null; attributes: Attribute[] }, at: Position) {
		const name = element.name ?? '';
		const attributes: Record<string, string> = {};
		for (const attribute of element.attributes) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
				diagnostics.push(diagnostic('code-expression', file, at, `\`<${name}>\` has a spread attribute, which is code.`, 'Write each attribute as name="value".'));
				continue;
			}
			if (/^on/i.test(attribute.name)) {
				diagnostics.push(diagnostic('code-event-handler', file, at, `\`<${name}>\` has an event handler, \`${attribute.name}\`, which runs code.`, `Remove the \`${attribute.name}\` attribute.`));
			} else if (typeof attribute.value === 'string') {
				if (/^\s*javascript:/i.test(attribute.value)) diagnostics.push(diagnostic('code-javascript-url', file, at, `\`<${name} ${attribute.name}>\` uses a javascript: URL, which runs code.`, 'Use an https:// address or a site route.'));
				else attributes[attribute.name] = attribute.value;
			} else if (attribute.value !== null && attribute.value !== undefined) {
				diagnostics.push(diagnostic('code-expression', file, at, `\`<${name} ${attribute.name}={…}>\` sets an attribute with code.`, `Write it as ${attribute.name}="value".`));
			}
		}
		if (forbiddenElements.has(name.toLowerCase())) {
			diagnostics.push(diagnostic('code-element', file, at, `The body has a \`<${name}>\` element, which the site does not allow in content.`, name.toLowerCase() === 'iframe' ? 'Link to the page instead of embedding it.' : 'Remove it: content is text, links and the site components only.'));
		} else if (/^[A-Z]/.test(name) || name.includes('.')) {
			facts.components.push({ name, attributes, at });
		} else if (attributes.href !== undefined) {
			facts.links.push({ url: attributes.href, at });
		}
	}
}
