/**
 * A function whose answers are kept by a key made from its arguments: for work every page of a
 * build asks again with the same few arguments (formatters, links), where making the answer costs
 * far more than looking it up.
 */
export function memoise<Args extends unknown[], Answer>(
	keyOf: (...args: Args) => string,
	make: (...args: Args) => Answer,
): (...args: Args) => Answer {
	const made = new Map<string, Answer>();
	return (...args) => {
		const key = keyOf(...args);
		if (made.has(key)) return made.get(key) as Answer;
		const answer = make(...args);
		made.set(key, answer);
		return answer;
	};
}

/**
 * A function of one object whose answers are kept while the object lives: for values that never
 * change once made (the checker's entry records), so a long-running process does not hold on to
 * what it no longer uses.
 */
export function memoisePerObject<Subject extends object, Answer>(make: (subject: Subject) => Answer): (subject: Subject) => Answer {
	const made = new WeakMap<Subject, Answer>();
	return (subject) => {
		if (made.has(subject)) return made.get(subject) as Answer;
		const answer = make(subject);
		made.set(subject, answer);
		return answer;
	};
}
