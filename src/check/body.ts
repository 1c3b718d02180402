/**
 * Reads an MDX body with Sätteri's parser (positions included) and collects what the checker
 * needs: links, components and their attributes, headings. Anything that is not content, or
 * not on the allowlist of elements, attributes and addresses, is reported here, since it needs
 * no other file to judge.
 *
 * It walks Sätteri's node buffer with `MdastReader` and reads only the nodes it needs, instead
 * of materialising the whole tree: the same parse, about half the time and far less garbage.
 */
import { createMdxMdastHandle, dropHandle, MdastReader, serializeHandle } from 'satteri';
import {
	allowedElements,
	attributeAllowed,
	attributeProperty,
	bodyComponents,
	codeElements,
	urlAttributes,
} from '../schema/body-elements.ts';
import { brokenClaim, type Claim } from '../schema/link-text.ts';
import {
	hostProblem,
	imageAddress,
	imageFolder,
	linkProblem,
	normaliseUrl,
	type HostProblem,
	type ImageProblem,
	type UrlProblem,
} from '../schema/url-policy.ts';
import { diagnostic, type Diagnostic, type Position } from './diagnostic.ts';
import { identifierField, satteriTags as tag, urlField } from './satteri-tags.ts';

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

export interface BodyImage {
	/** The image's path under public/images/. */
	file: string;
	at: Position;
}

export interface BodyFacts {
	links: BodyLink[];
	/** Images, by their path under public/images/; whether each file exists is judged against the folder. */
	images: BodyImage[];
	components: BodyComponent[];
	/** Heading texts, in order, for heading anchors. */
	headings: string[];
	/** Where each heading is, in the same order. */
	headingsAt: Position[];
	/**
	 * The body's running text (inline code aside), for the language rules. Not kept in the
	 * checker's cache (cache.ts), which keeps what those rules found instead: a result read back
	 * from it has none.
	 */
	text?: string;
}

/** A body with nothing in it: what an unreadable body contributes. */
export const emptyBodyFacts = (): BodyFacts => ({ links: [], images: [], components: [], headings: [], headingsAt: [], text: '' });

/** The only imports an MDX body may have: the site's own body components. */
const allowedImport = new RegExp(
	`^import\\s+(${Object.keys(bodyComponents).join('|')})\\s+from\\s+['"](?:\\.\\.\\/)+src\\/components\\/\\1\\.astro['"];?\\s*$`,
);

interface Attribute {
	type: string;
	name?: string;
	value?: unknown;
}

const textTags = new Set<number>([tag.Text, tag.InlineCode]);

function parse(source: string): MdastReader {
	const handle = createMdxMdastHandle(source, undefined, true);
	try {
		return new MdastReader(serializeHandle(handle));
	} finally {
		dropHandle(handle);
	}
}

/** What the parser says, without its own advice where that advice is not allowed here. */
function syntaxDiagnostic(message: string, file: string): Diagnostic {
	const where = /^(\d+):(\d+):\s*/.exec(message);
	const at = where ? { line: Number(where[1]), column: Number(where[2]) } : { line: 1, column: 1 };
	const text = message
		.replace(/^(\d+):(\d+):\s*/, '')
		.replace(/\s*\([\w:-]+\)$/, '')
		.replace(/\s*\(note: to create a comment in MDX, use `\{\/\* text \*\/\}`\)/, '');
	const comment = /Unexpected character `!`/.test(message);
	return diagnostic(
		'mdx-syntax',
		file,
		at,
		comment ? 'The body has an HTML comment (`<!-- … -->`), which MDX cannot read.' : `The body is not valid MDX: ${text}`,
		comment
			? 'Remove the comment. Notes for other editors belong in the pull request, not in the page.'
			: 'In MDX, `<` starts a component and `{` starts code: write "less than" in words, and avoid curly braces in text.',
	);
}

function urlDiagnostic(problem: UrlProblem, file: string, at: Position, raw: string, where: string): Diagnostic {
	const shown = `\`${normaliseUrl(raw).slice(0, 60)}\``;
	switch (problem.kind) {
		case 'scheme':
			return problem.scheme === 'javascript' || problem.scheme === 'vbscript'
				? diagnostic(
						'code-javascript-url',
						file,
						at,
						`${where} points to ${shown}, which runs code.`,
						'Link to a page instead, with an https:// address or a site route like /cros/cmic/.',
					)
				: diagnostic(
						'unsafe-url',
						file,
						at,
						`${where} uses a \`${problem.scheme}:\` address (${shown}); links may use https:, mailto: or tel:, or a site route.`,
						problem.scheme === 'http'
							? `Use the https:// address of the same page: ${normaliseUrl(raw)
									.replace(/^http:/i, 'https:')
									.slice(0, 60)} if it opens.`
							: 'Link to an https:// page, or to a page of this site like /paths/ctl-approval/.',
					);
		case 'protocol-relative':
			return diagnostic(
				'unsafe-url',
				file,
				at,
				`${where} points to ${shown}, an address without a scheme that leads to another site.`,
				'Write the full https:// address, or a site route that starts with a single /.',
			);
		case 'credentials':
			return diagnostic(
				'unsafe-url',
				file,
				at,
				`${where} carries a user name or password (\`user:password@\`), which would be published.`,
				'Remove the `user:password@` part and link to the public address.',
			);
	}
}

const imageHint = `Put the image in ${imageFolder.repository}/ and write its site path, e.g. ${imageFolder.route}timeline.png: lower-case letters, digits and hyphens, ending .png, .jpg, .webp, .avif or .gif.`;

function imageDiagnostic(problem: ImageProblem, file: string, at: Position, raw: string, where: string): Diagnostic {
	const shown = `\`${normaliseUrl(raw).slice(0, 60)}\``;
	switch (problem.kind) {
		case 'external-image':
			return diagnostic(
				'unsafe-url',
				file,
				at,
				`${where} loads an image from ${shown}; images must come from this repository.`,
				`${imageHint} An image from another site would tell that site who reads the page.`,
			);
		case 'suffix':
			return diagnostic(
				'unsafe-image',
				file,
				at,
				`${where} is ${shown}, with a \`?\` or \`#\` after the file name; the build would read what follows as an instruction.`,
				`Write the image's site path alone, with nothing after the file name. ${imageHint}`,
			);
		case 'type':
			return diagnostic(
				'unsafe-image',
				file,
				at,
				`${where} is ${shown}, a \`.${problem.extension}\` file, which is not an image type the site shows.`,
				imageHint,
			);
		case 'malformed':
		case 'outside-folder':
			return diagnostic(
				'unsafe-image',
				file,
				at,
				`${where} is ${shown}, which is not a file in ${imageFolder.repository}/. The build would fetch any other address as code.`,
				imageHint,
			);
	}
}

function hostDiagnostic(problem: HostProblem, file: string, at: Position, where: string): Diagnostic {
	return problem.kind === 'international'
		? diagnostic(
				'unsafe-host',
				file,
				at,
				`${where} leads to \`${problem.host.slice(0, 60)}\`, a host name with letters outside plain ASCII (a browser goes to \`${problem.ascii.slice(0, 60)}\`), which can look exactly like another site's.`,
				'Link to the site by its plain ASCII address. If the site really has such a name, a maintainer can add it to src/schema/official-hosts.ts.',
			)
		: diagnostic(
				'unsafe-host',
				file,
				at,
				`${where} leads to \`${problem.host.slice(0, 60)}\`, which carries \`${problem.official}\` inside its name without belonging to it.`,
				`Link to the official site itself (its address ends in \`${problem.official}\`), or to the real host of the page.`,
			);
}

function claimDiagnostic(claim: Claim, file: string, at: Position, where: string, href: string): Diagnostic {
	const reads = claim.kind === 'domain' ? 'the address' : claim.kind === 'email' ? 'the e-mail address' : 'the phone number';
	return diagnostic(
		'deceptive-link',
		file,
		at,
		`${where} reads as ${reads} \`${claim.text.slice(0, 60)}\`, but leads to \`${normaliseUrl(href).slice(0, 60)}\`.`,
		claim.kind === 'domain'
			? `Make the link lead to ${claim.text.slice(0, 60)}, or change the text to say where it leads.`
			: claim.kind === 'email'
				? `Write the link as mailto:${claim.text.slice(0, 60)}, with nothing after the address, or change the text.`
				: `Write the link as tel: followed by the same number (+ and the country code may replace its leading 0), or change the text.`,
	);
}

export function readBody(source: string, file: string): { facts: BodyFacts; diagnostics: Diagnostic[] } {
	const facts = emptyBodyFacts();
	const diagnostics: Diagnostic[] = [];
	let reader: MdastReader;
	try {
		reader = parse(source);
	} catch (error) {
		diagnostics.push(syntaxDiagnostic(error instanceof Error ? error.message : String(error), file));
		return { facts, diagnostics };
	}

	const positionOf = (id: number) => {
		const start = reader.getPosition(id)?.start;
		return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
	};
	const textOf = (id: number): string => {
		let text = '';
		reader.walk((child, type) => {
			if (textTags.has(type)) text += reader.getTextValue(child);
		}, id);
		return text;
	};
	/** A link's address and the words it shows (or is announced by): each must be safe, and the words must not claim another address. */
	const link = (url: string, at: Position, where: string, words: readonly string[] = []) => {
		const problem = linkProblem(url);
		if (problem) return void diagnostics.push(urlDiagnostic(problem, file, at, url, where));
		const host = hostProblem(url);
		if (host) return void diagnostics.push(hostDiagnostic(host, file, at, where));
		for (const text of words) {
			const claim = brokenClaim(text, url);
			if (claim) return void diagnostics.push(claimDiagnostic(claim, file, at, where, url));
		}
		if (/^mailto:[^?]*\?/i.test(normaliseUrl(url)))
			return void diagnostics.push(
				diagnostic(
					'deceptive-link',
					file,
					at,
					`${where} opens an e-mail with a subject or text already written (\`${normaliseUrl(url).slice(0, 60)}\`).`,
					'Write the address alone (mailto:name@example.org): a reader writes their own message.',
				),
			);
		facts.links.push({ url, at });
	};
	const image = (url: string, at: Position, where: string) => {
		const address = imageAddress(url);
		if ('kind' in address) diagnostics.push(imageDiagnostic(address, file, at, url, where));
		else facts.images.push({ file: address.file, at });
	};
	// Definitions are judged once the whole body is read: one used by an image reference holds an image's address.
	const definitions: { identifier: string; url: string; at: Position }[] = [];
	const imageReferences = new Set<string>();

	const text: string[] = [];
	reader.walk((id, type) => {
		switch (type) {
			case tag.Text:
				text.push(reader.getTextValue(id));
				break;
			case tag.Link:
				link(reader.fieldString(id, urlField), positionOf(id), 'A link', [textOf(id)]);
				break;
			case tag.Definition:
				definitions.push({
					identifier: reader.fieldString(id, identifierField.Definition),
					url: reader.fieldString(id, urlField),
					at: positionOf(id),
				});
				break;
			case tag.ImageReference:
				imageReferences.add(reader.fieldString(id, identifierField.ImageReference));
				break;
			case tag.Image:
				image(reader.fieldString(id, urlField), positionOf(id), 'The image');
				break;
			case tag.Heading:
				// Its text names its anchor; its children are walked like any other, so a link or element in a heading is judged too.
				facts.headings.push(textOf(id));
				facts.headingsAt.push(positionOf(id));
				break;
			case tag.MdxjsEsm: {
				const at = positionOf(id);
				for (const line of reader
					.getTextValue(id)
					.split('\n')
					.filter((l) => l.trim())) {
					if (!allowedImport.test(line.trim())) {
						diagnostics.push(
							diagnostic(
								'code-import-export',
								file,
								at,
								`The body has code: \`${line.trim().slice(0, 60)}\`.`,
								`Remove the line. ${Object.keys(bodyComponents)
									.map((name) => `<${name}>`)
									.join(', ')} work without an import; nothing else may be imported or exported.`,
							),
						);
					}
				}
				break;
			}
			case tag.MdxFlowExpression:
			case tag.MdxTextExpression:
				diagnostics.push(
					diagnostic(
						'code-expression',
						file,
						positionOf(id),
						`The body has a JavaScript expression: \`{${reader.getTextValue(id).trim().slice(0, 40)}}\`.`,
						'Remove the curly braces, or write the text without them.',
					),
				);
				break;
			case tag.MdxJsxFlowElement:
			case tag.MdxJsxTextElement:
				readElement(reader.getMdxJsxElementData(id) as { name: string | null; attributes: Attribute[] }, positionOf(id), id);
				break;
		}
		return undefined;
	});
	for (const definition of definitions) {
		if (imageReferences.has(definition.identifier)) image(definition.url, definition.at, 'The image');
		else link(definition.url, definition.at, 'A link');
	}
	facts.text = text.join(' ');
	return { facts, diagnostics };

	function readElement(element: { name: string | null; attributes: Attribute[] }, at: Position, id: number) {
		const name = element.name ?? '';
		const isComponent = /^[A-Z]/.test(name) || name.includes('.');
		const lower = name.toLowerCase();
		if (!isComponent && codeElements.has(lower)) {
			diagnostics.push(
				diagnostic(
					'code-element',
					file,
					at,
					`The body has a \`<${name}>\` element, which the site does not allow in content.`,
					lower === 'iframe' || lower === 'frame'
						? 'Link to the page instead of embedding it.'
						: 'Remove it: content is text, links and the site components only.',
				),
			);
			return;
		}
		if (!isComponent && !allowedElements.has(lower)) {
			diagnostics.push(
				diagnostic(
					'html-element',
					file,
					at,
					`The body has a \`<${name}>\` element, which is not one the site allows in content.`,
					name === ''
						? 'Remove the empty `<>` … `</>` around the text.'
						: 'Write it in Markdown instead (headings with #, lists with -, links with [text](url)), or use one of the elements CONTRIBUTING.md lists under "What the page text may contain".',
				),
			);
			return;
		}
		const attributes: Record<string, string> = {};
		for (const attribute of element.attributes) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
				diagnostics.push(
					diagnostic(
						'code-expression',
						file,
						at,
						`\`<${name}>\` has a spread attribute, which is code.`,
						'Write each attribute as name="value".',
					),
				);
				continue;
			}
			const attributeName = attribute.name;
			if (/^on/i.test(attributeName)) {
				diagnostics.push(
					diagnostic(
						'code-event-handler',
						file,
						at,
						`\`<${name}>\` has an event handler, \`${attributeName}\`, which runs code.`,
						`Remove the \`${attributeName}\` attribute.`,
					),
				);
				continue;
			}
			if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
				diagnostics.push(
					diagnostic(
						'code-expression',
						file,
						at,
						`\`<${name} ${attributeName}={…}>\` sets an attribute with code.`,
						`Write it as ${attributeName}="value".`,
					),
				);
				continue;
			}
			const value = typeof attribute.value === 'string' ? attribute.value : true;
			if (isComponent) {
				if (name in bodyComponents && bodyComponents[name as keyof typeof bodyComponents] !== attributeName) {
					diagnostics.push(
						diagnostic(
							'html-attribute',
							file,
							at,
							`\`<${name}>\` takes only \`${bodyComponents[name as keyof typeof bodyComponents]}\`, not \`${attributeName}\`.`,
							`Remove \`${attributeName}\`.`,
						),
					);
					continue;
				}
			} else if (!attributeAllowed(lower, attributeName, value)) {
				diagnostics.push(
					diagnostic(
						'html-attribute',
						file,
						at,
						`\`<${name}>\` has the attribute \`${attributeName}\`, which content may not set.`,
						attributeName === 'style'
							? "Remove it: the site's own styles decide how content looks, so every page reads the same."
							: `Remove \`${attributeName}\`; Markdown and the site's components carry everything content needs.`,
					),
				);
				continue;
			}
			const kind = urlAttributes[attributeProperty(attributeName) as keyof typeof urlAttributes];
			if (kind === 'image' && typeof value === 'string') {
				image(value, at, `\`<${name} ${attributeName}>\``);
				continue;
			}
			if (kind === 'link' && typeof value === 'string' && attributeName.toLowerCase() !== 'href') {
				const problem = linkProblem(value);
				if (problem) {
					diagnostics.push(urlDiagnostic(problem, file, at, value, `\`<${name} ${attributeName}>\``));
					continue;
				}
			}
			if (typeof value === 'string') attributes[attributeName] = value;
		}
		if (isComponent) facts.components.push({ name, attributes, at });
		else if (attributes.href !== undefined) {
			// What a reader sees and what a screen reader announces must both go where the link goes.
			const words = [textOf(id), attributes['aria-label'] ?? '', attributes.title ?? ''].filter(Boolean);
			link(normaliseUrl(attributes.href), at, `\`<${name} href>\``, words);
		}
	}
}
