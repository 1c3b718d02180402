/**
 * `npm run docs:fields`: writes docs/fields.md, the field reference for editors, and
 * schemas/*.schema.json. What each field takes comes from the schemas (src/schema/walk.ts);
 * what it is for, from their TSDoc comments (scripts/field-docs.ts). A test fails when either
 * file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { durationSchema, feeSchema, placeSchema, sourceSchema } from '../src/schema/common.ts';
import { languageClaimSchema, supportSchema } from '../src/schema/cros.ts';
import { schemas } from '../src/schema/index.ts';
import {
	exchangeRateSchema,
	finderAnswerSchema,
	finderChoiceSchema,
	finderOptionSchema,
	finderOutcomeSchema,
	finderPlanPathSchema,
	finderQuestionSchema,
	finderSchema,
} from '../src/schema/finder.ts';
import { avoidedTermsSchema, falseFriendSchema } from '../src/schema/glossary.ts';
import { localizedTextSchema } from '../src/schema/localized.ts';
import { stepSchema } from '../src/schema/paths.ts';
import { precedentEventSchema, precedentHolderSchema } from '../src/schema/precedents.ts';
import { translatedPlaceSchema, translatedStepSchema, translationSchema } from '../src/schema/translation.ts';
import { fieldsOf, valueKind, type Field, type ValueKind } from '../src/schema/walk.ts';
import { codesFile, renderCodes } from './docs-codes.ts';
import { blockDescription, describer } from './field-docs.ts';
import { allJsonSchemas, schemaDir } from './json-schemas.ts';

/** The reference's sections: each documented object, where it is written, and its schema. */
export const parts: { title: string; where: string; schema: z.ZodType }[] = [
	{ title: 'Regulatory path', where: 'content/paths/<id>.mdx', schema: schemas.paths },
	{ title: 'Step of a path', where: 'each item of `steps:` in a path', schema: stepSchema() },
	{ title: 'CRO', where: 'content/cros/<id>.mdx', schema: schemas.cros },
	{ title: 'Working language of a CRO', where: 'each item of `languages:` in a CRO', schema: languageClaimSchema() },
	{ title: 'Supported path of a CRO', where: 'each item of `supports:` in a CRO', schema: supportSchema() },
	{ title: 'Institution', where: 'content/institutions/<id>.mdx', schema: schemas.institutions },
	{ title: 'Special zone', where: 'content/zones/<id>.mdx', schema: schemas.zones },
	{ title: 'Zone benefit', where: 'content/benefits/<id>.mdx', schema: schemas.benefits },
	{ title: 'Question', where: 'content/questions/<id>.mdx', schema: schemas.questions },
	{ title: 'Precedent', where: 'content/precedents/<id>.mdx', schema: schemas.precedents },
	{ title: 'Holder of a precedent', where: 'each item of `holders:` in a precedent', schema: precedentHolderSchema() },
	{ title: 'Event of a precedent', where: 'each item of `events:` in a precedent', schema: precedentEventSchema() },
	{ title: 'Glossary term', where: 'each term in content/glossary.yaml, under its id', schema: schemas.glossary },
	{ title: 'Terms to avoid', where: '`avoid:` of a glossary term', schema: avoidedTermsSchema() },
	{ title: 'False friend', where: 'each item of `falseFriends:` of a glossary term', schema: falseFriendSchema() },
	{ title: 'Route finder', where: 'content/finder.yaml', schema: finderSchema() },
	{ title: 'Finder question', where: 'each question under `questions:` in the route finder, under its id', schema: finderQuestionSchema() },
	{ title: 'Finder answer', where: 'each item of `answers:` of a finder question', schema: finderAnswerSchema() },
	{ title: 'Finder outcome', where: 'each outcome under `outcomes:` in the route finder, under its id', schema: finderOutcomeSchema() },
	{ title: 'Path of a finder outcome', where: 'each item of `paths:` of a finder outcome or of an option', schema: finderPlanPathSchema() },
	{ title: 'Choice of a finder outcome', where: 'each item of `choices:` of a finder outcome', schema: finderChoiceSchema() },
	{ title: 'Option of a choice', where: 'each item of `options:` of a choice', schema: finderOptionSchema() },
	{ title: 'Exchange rate', where: '`exchangeRate:` in the route finder', schema: exchangeRateSchema() },
	{
		title: 'Text in every language',
		where: 'every text of the route finder, and the notes of false friends',
		schema: localizedTextSchema(),
	},
	{ title: 'Source', where: 'each item of `sources:`', schema: sourceSchema() },
	{ title: 'Place', where: '`headquarters:`, each item of `sites:`', schema: placeSchema() },
	{ title: 'Duration', where: '`duration:` of a path or a step', schema: durationSchema() },
	{ title: 'Fee', where: 'each item of `fees:` of a step', schema: feeSchema() },
	{
		title: 'Translation of a path',
		where:
			'content/paths/<id>.ko.mdx or <id>.ja.mdx (other collections take title, summary, translatedFrom, status, changes, draft and the words of their own fields: a benefit its eligibility and howToApply, a CRO its headquarters and sites, an institution its city, a zone its period and sites, a precedent its holders and events)',
		schema: translationSchema('paths'),
	},
	{
		title: 'Translated step',
		where: 'each item of `steps:` in a translation, matched to the original by `id`',
		schema: translatedStepSchema(),
	},
	{
		title: 'Translated place',
		where: "`headquarters:` and each item of `sites:` in a translation of a CRO or a zone, matched to the original's by position",
		schema: translatedPlaceSchema(),
	},
];

const blockOf = (schema: z.ZodType) => {
	const value = valueKind(schema);
	return value.kind === 'object' ? value.block : undefined;
};

/** The section title of each documented block. */
const blockTitles = new Map(parts.flatMap((part) => (blockOf(part.schema) ? [[blockOf(part.schema) as string, part.title] as const] : [])));

/** What to write in a field of this kind, in words. */
export function describeKind(value: ValueKind): string {
	switch (value.kind) {
		case 'reference':
			if (value.target.kind === 'entry')
				return `the id of an entry in content/${value.target.collection === 'glossary' ? 'glossary.yaml' : `${value.target.collection}/`}`;
			if (value.target.kind === 'step') return 'a step id of the path';
			return "the number of one of this page's sources (1 for the first), or its `key`";
		case 'choice':
			return `one of: ${value.values.map((item) => `\`${item}\``).join(', ')}`;
		case 'object': {
			const title = value.block && blockTitles.get(value.block);
			return title ? `a ${title[0].toLowerCase()}${title.slice(1)} (see ${title})` : 'the fields below';
		}
		case 'list':
			return `a list; each item is ${describeKind(value.item)}`;
		case 'map':
			return `ids, each followed by a colon and ${describeKind(value.item)}`;
		case 'date':
			return 'a date, YYYY-MM-DD';
		case 'url':
			return 'an https:// address';
		case 'number':
			return 'a number';
		case 'boolean':
			return '`true` or `false`';
		case 'text':
			return 'text';
	}
}

const describe = describer();

function rows(fields: Field[], block: string | undefined, prefix: readonly string[] = []): string[] {
	return fields.flatMap((field) => {
		const path = [...prefix, field.name];
		const own = `| \`${path.join('.')}\` | ${field.required ? 'yes' : 'no'} | ${describeKind(field.value)} | ${describe(block, path) || (field.description ?? '')} |`;
		// An object written in place (a zone's `period`) lists its fields here; a documented block has its own section.
		const inline = field.value.kind === 'object' && !field.value.block ? rows(field.value.fields, block, path) : [];
		return [own, ...inline];
	});
}

export function renderFieldReference(): string {
	const sections = parts.map(({ title, where, schema }) => {
		const block = blockOf(schema);
		const intro = block ? blockDescription(block) : '';
		return [
			`## ${title}`,
			'',
			`Where: ${where}. ${intro}`.trim(),
			'',
			'| Field | Required | What to write | What it is for |',
			'| --- | --- | --- | --- |',
			...rows(fieldsOf(schema), block),
			'',
		].join('\n');
	});
	return [
		'<!-- Generated by `npm run docs:fields` from the schemas and their TSDoc in src/schema/. Do not edit by hand. -->',
		'',
		'# Fields of every entry',
		'',
		'Every field an entry may have, what to write in it, and whether it is required. The text comes from the comments in `src/schema/`, so it always matches what the checker accepts.',
		'',
		...sections,
	].join('\n');
}

export const fieldsFile = join(import.meta.dirname, '..', 'docs', 'fields.md');

if (import.meta.main) {
	writeFileSync(fieldsFile, renderFieldReference());
	writeFileSync(codesFile, await renderCodes());
	mkdirSync(schemaDir, { recursive: true });
	for (const [file, text] of Object.entries(allJsonSchemas())) writeFileSync(join(schemaDir, file), text);
	console.log('Wrote docs/fields.md, docs/codes.md and schemas/*.schema.json');
}
