import { describe, expect, it } from 'vitest';
import { referenceFields } from '../../src/check/reference-fields.ts';
import { collectionNames, schemas } from '../../src/schema/index.ts';

const describeFields = (name: keyof typeof schemas) =>
	referenceFields(schemas[name]).map(
		({ path, target }) =>
			`${path.join('.')} → ${target.kind === 'entry' ? target.collection : target.kind === 'source' ? 'source' : `step of ${target.pathField ?? 'this path'}`}`,
	);

describe('reference fields, as the checker reads them from the schemas', () => {
	it('finds every reference of every collection with its target collection', () => {
		const all = Object.fromEntries(collectionNames.map((name) => [name, describeFields(name)]));
		expect(all).toEqual({
			paths: [
				'authority → institutions',
				'duration.source → source',
				'prerequisites.* → paths',
				'related.* → paths',
				'steps.*.authority → institutions',
				'steps.*.duration.source → source',
				'steps.*.after.* → step of this path',
				'steps.*.waitsFor.*.path → paths',
				'steps.*.waitsFor.*.step → step of path',
				'steps.*.fees.*.source → source',
			],
			cros: ['languages.*.source → source', 'supports.*.path → paths', 'supports.*.steps.* → step of path', 'memberOf.* → institutions'],
			institutions: ['parent → institutions'],
			zones: ['operators.* → institutions', 'overseasBases.* → institutions'],
			benefits: ['zone → zones', 'providedBy.* → institutions', 'partners.* → institutions', 'cros.* → cros', 'helpsWith.* → paths'],
			questions: ['paths.* → paths'],
			precedents: ['holders.*.source → source', 'paths.* → paths', 'events.*.source → source'],
			pages: [],
			glossary: ['paths.* → paths'],
		});
	});
});
