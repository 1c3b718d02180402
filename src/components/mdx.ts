/**
 * The components an MDX body may use without importing them (src/schema/body-elements.ts says
 * which, and the checker allows only those). A path's body gets a `<Step>` that knows its path.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { jsx } from 'astro/jsx-runtime';
import type { BodyComponent } from '../schema/body-elements.ts';
import Ref from './Ref.astro';
import Step from './Step.astro';
import Term from './Term.astro';

export const mdxComponents = { Ref, Step, Term } satisfies Record<BodyComponent, AstroComponentFactory>;

/** The components for the body of path `pathId`: its `<Step id>` is given the path as well. */
export function pathBodyComponents(pathId: string) {
	return { ...mdxComponents, Step: (props: { id: string }) => jsx(Step, { ...props, path: pathId }) };
}
