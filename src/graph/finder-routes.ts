/**
 * Every way through the route finder: each series of answers that ends at a question is a
 * question page (its address holds the answers so far), and each series that ends the route is
 * a plan, for the outcome the answers chose and the zone they named. The checker has proved
 * the flow (no cycle, no route without an outcome), so this only walks it.
 */
import type { Finder } from '../schema/finder.ts';

type Answer = Finder['questions'][string]['answers'][number];

/** One answer given on the way, to which question. */
export interface GivenAnswer {
	question: string;
	answer: Answer;
}

/** A page of questions: the answers given so far and the question they lead to. */
export interface QuestionStop {
	answers: GivenAnswer[];
	question: string;
}

/** A route that ends: its answers, the outcome they chose and the zone they named. */
export interface FinishedRoute {
	answers: GivenAnswer[];
	outcome: string;
	zone?: string;
}

export function finderRoutes(finder: Finder): { stops: QuestionStop[]; finished: FinishedRoute[] } {
	const stops: QuestionStop[] = [];
	const finished: FinishedRoute[] = [];
	const walk = (question: string, answers: GivenAnswer[], outcome: string | undefined, zone: string | undefined) => {
		stops.push({ answers, question });
		for (const answer of finder.questions[question]?.answers ?? []) {
			const given = [...answers, { question, answer }];
			const chosen = answer.outcome ?? outcome;
			const named = answer.zone ?? zone;
			if (answer.next) walk(answer.next, given, chosen, named);
			else if (chosen) finished.push({ answers: given, outcome: chosen, zone: named });
		}
	};
	walk(finder.start, [], undefined, undefined);
	return { stops, finished };
}

/** The answer ids of a route, as its pages' addresses write them. */
export const answerIds = (answers: readonly GivenAnswer[]) => answers.map((given) => given.answer.id);

/** An id for a finished route on its plan's page, so the plan can offer the way back: `from-goal-answer--next-answer`. */
export const routeAnchor = (answers: readonly GivenAnswer[]) => `from-${answerIds(answers).join('--')}`;

/** The anchor of an answer on its question's page: the way back marks it as the answer given. */
export const answerAnchor = (answerId: string) => `answer-${answerId}`;
