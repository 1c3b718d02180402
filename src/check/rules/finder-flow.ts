/**
 * The route finder's flow, proved within its file: the start and every `next` name a question,
 * every `outcome` an outcome; no two answers of a question share an id or a label; following the
 * answers from the start reaches every question and outcome, never comes back to a question
 * already asked on the way, and never ends without an outcome.
 */
import { diagnostic, type Diagnostic, type Position } from '../diagnostic.ts';
import type { DataPath } from '../frontmatter.ts';
import { isMap } from '../data-values.ts';
import { didYouMean } from '../suggest.ts';

const languages = ['en', 'ko', 'ja'] as const;

interface Answer {
	index: number;
	id?: string;
	label: Partial<Record<(typeof languages)[number], string>>;
	next?: string;
	outcome?: string;
}
const asText = (value: unknown) => (typeof value === 'string' ? value : undefined);

function answersOf(question: unknown): Answer[] {
	const answers = isMap(question) && Array.isArray(question.answers) ? question.answers : [];
	return answers.map((answer: unknown, index) => {
		const fields = isMap(answer) ? answer : {};
		const label = isMap(fields.label) ? fields.label : {};
		return {
			index,
			id: asText(fields.id),
			label: Object.fromEntries(languages.map((lang) => [lang, asText(label[lang])])),
			next: asText(fields.next),
			outcome: asText(fields.outcome),
		};
	});
}

export function checkFlow(file: string, data: Record<string, unknown>, locate: (path: DataPath) => Position): Diagnostic[] {
	const result: Diagnostic[] = [];
	const questions = isMap(data.questions) ? data.questions : {};
	const outcomes = isMap(data.outcomes) ? data.outcomes : {};
	const questionIds = Object.keys(questions);
	const outcomeIds = Object.keys(outcomes);
	const flow = new Map(questionIds.map((id) => [id, answersOf(questions[id])]));
	const answerAt = (question: string, answer: Answer, field?: string): DataPath => [
		'questions',
		question,
		'answers',
		answer.index,
		...(field ? [field] : []),
	];

	// Every name resolves, and a question's answers can be told apart.
	for (const [question, answers] of flow) {
		const ids = new Map<string, number>();
		const labels = new Map<string, number>();
		for (const answer of answers) {
			if (answer.id !== undefined) {
				const first = ids.get(answer.id);
				if (first === undefined) ids.set(answer.id, answer.index);
				else
					result.push(
						diagnostic(
							'duplicate-id',
							file,
							locate(answerAt(question, answer, 'id')),
							`Question \`${question}\` has two answers with the id \`${answer.id}\` (answers ${first + 1} and ${answer.index + 1}).`,
							'Give each answer of a question its own id: it is part of the address of the pages after it.',
						),
					);
			}
			for (const lang of languages) {
				const label = answer.label[lang]?.trim().toLowerCase();
				if (!label) continue;
				const first = labels.get(`${lang}:${label}`);
				if (first === undefined) labels.set(`${lang}:${label}`, answer.index);
				else
					result.push(
						diagnostic(
							'duplicate-answer',
							file,
							locate([...answerAt(question, answer, 'label'), lang]),
							`Question \`${question}\` has two answers labelled “${answer.label[lang]}” in \`${lang}\` (answers ${first + 1} and ${answer.index + 1}).`,
							'Word each answer so a founder can tell it from the others, in every language, or merge the two answers.',
						),
					);
			}
			if (answer.next !== undefined && !flow.has(answer.next))
				result.push(
					diagnostic(
						'unknown-reference',
						file,
						locate(answerAt(question, answer, 'next')),
						`\`next\` of answer \`${answer.id ?? answer.index + 1}\` names question \`${answer.next}\`, which does not exist.`,
						`Use the id of a question under \`questions:\`.${didYouMean(answer.next, questionIds)}`,
					),
				);
			if (answer.outcome !== undefined && !(answer.outcome in outcomes))
				result.push(
					diagnostic(
						'unknown-reference',
						file,
						locate(answerAt(question, answer, 'outcome')),
						`\`outcome\` of answer \`${answer.id ?? answer.index + 1}\` names outcome \`${answer.outcome}\`, which does not exist.`,
						`Use the id of an outcome under \`outcomes:\`.${didYouMean(answer.outcome, outcomeIds)}`,
					),
				);
		}
	}
	const start = asText(data.start);
	if (start === undefined) return result;
	if (!flow.has(start)) {
		result.push(
			diagnostic(
				'unknown-reference',
				file,
				locate(['start']),
				`\`start\` names question \`${start}\`, which does not exist.`,
				`Use the id of a question under \`questions:\`.${didYouMean(start, questionIds)}`,
			),
		);
		return result;
	}

	// Follow every route from the start. A question is walked once with and once without an
	// outcome already chosen, which is all a later answer can depend on.
	const reachedQuestions = new Set<string>();
	const reachedOutcomes = new Set<string>();
	const walked = new Set<string>();
	const reported = new Set<string>();
	const once = (key: string, make: () => Diagnostic) => {
		if (reported.has(key)) return;
		reported.add(key);
		result.push(make());
	};
	const walk = (question: string, asked: string[], hasOutcome: boolean) => {
		reachedQuestions.add(question);
		const state = `${question}:${hasOutcome}`;
		if (walked.has(state)) return;
		walked.add(state);
		for (const answer of flow.get(question) ?? []) {
			const chosen = hasOutcome || (answer.outcome !== undefined && answer.outcome in outcomes);
			if (answer.outcome !== undefined && answer.outcome in outcomes) reachedOutcomes.add(answer.outcome);
			if (answer.next !== undefined && flow.has(answer.next)) {
				if (answer.next === question || asked.includes(answer.next)) {
					once(`cycle:${question}:${answer.index}`, () =>
						diagnostic(
							'finder-cycle',
							file,
							locate(answerAt(question, answer, 'next')),
							`Answer \`${answer.id ?? answer.index + 1}\` of question \`${question}\` leads back to question \`${answer.next}\`, which was already asked on the way here (${[...asked, question].join(' → ')}).`,
							'Point `next` at a question that comes later, or end the route here with an `outcome`.',
						),
					);
					continue;
				}
				walk(answer.next, [...asked, question], chosen);
			} else if (answer.next === undefined && !chosen) {
				once(`dead-end:${question}:${answer.index}`, () =>
					diagnostic(
						'dead-end',
						file,
						locate(answerAt(question, answer)),
						`Answer \`${answer.id ?? answer.index + 1}\` of question \`${question}\` ends the route (${[...asked, question].join(' → ')}) without an outcome.`,
						'Give this answer (or an earlier one on the route) an `outcome:`, or a `next:` question.',
					),
				);
			}
		}
	};
	walk(start, [], false);
	for (const question of questionIds.filter((id) => !reachedQuestions.has(id)))
		result.push(
			diagnostic(
				'unreachable',
				file,
				locate(['questions', question]),
				`No answer leads to question \`${question}\`, so no founder would see it.`,
				'Name it as the `next` of an answer, or remove it.',
			),
		);
	for (const outcome of outcomeIds.filter((id) => !reachedOutcomes.has(id)))
		result.push(
			diagnostic(
				'unreachable',
				file,
				locate(['outcomes', outcome]),
				`No answer leads to outcome \`${outcome}\`, so its page would never be reached from the finder.`,
				'Name it as the `outcome` of an answer, or remove it.',
			),
		);
	return result;
}
