/** A content file the checker will not read: not a regular file, too large, or not UTF-8. */
import type { ContentFile } from '../content-files.ts';
import { diagnostic, type Diagnostic } from '../diagnostic.ts';
import { maxFileBytes } from '../limits.ts';
import type { ReadResult } from '../read-file.ts';

export function unreadableFile(content: ContentFile, read: Exclude<ReadResult, { ok: true }>): Diagnostic {
	const name = content.file.split('/').pop();
	switch (read.problem) {
		case 'not-a-file':
			return diagnostic(
				'unexpected-file',
				content.file,
				{ line: 1, column: 1 },
				`\`${name}\` is not an ordinary file (a link, a folder or a device), so it is not read.`,
				'Replace it with an ordinary .mdx file, or remove it.',
			);
		case 'too-large':
			return diagnostic(
				'file-too-large',
				content.file,
				{ line: 1, column: 1 },
				`The file is ${Math.round((read.bytes ?? 0) / 1024)} KB; a content file may be at most ${maxFileBytes / 1024} KB.`,
				'Split it into several entries, or remove what is not content (pasted data, images as text).',
			);
		case 'encoding':
			return diagnostic(
				'invalid-encoding',
				content.file,
				{ line: read.line, column: read.column },
				'The file is not valid UTF-8 text: a byte here is not part of any character.',
				"Save the file as UTF-8 in your editor (GitHub's web editor always does), or retype the character at this place.",
			);
		case 'stray-bom':
			return diagnostic(
				'invalid-encoding',
				content.file,
				{ line: read.line, column: read.column },
				'The file has an invisible byte-order mark (U+FEFF) here; only the very start of a file may have one.',
				'Delete the invisible character at this place (retype the text around it), or save the file again as UTF-8 without BOM.',
			);
	}
}
