// Plain `tsc` does not read .astro files (the Astro language server does); this lets .ts
// modules import components. Their props are checked where .astro files use them.
declare module '*.astro' {
	const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default Component;
}
