/** The components an MDX body may use without importing them (the checker allows only these). */
import Ref from './Ref.astro';
import Step from './Step.astro';
import Term from './Term.astro';

export const mdxComponents = { Ref, Step, Term };
