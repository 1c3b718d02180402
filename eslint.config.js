// One lint configuration for TypeScript, Astro components and their accessibility.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, each with what it may not import. Everything below src/lib is pure and runs
 * without Astro (the checker runs in CI before Astro starts; the plan model is shared by the
 * pages and the checker): no Astro, and nothing from the site's own Astro-bound folders.
 */
const astroBound = ['lib', 'pages', 'components', 'layouts', 'integrations', 'middleware.ts'];
const layers = {
	'src/util': [...astroBound, 'check', 'graph', 'search', 'i18n'],
	'src/schema': [...astroBound, 'check', 'graph', 'search', 'i18n'],
	'src/i18n': [...astroBound, 'check', 'graph', 'search'],
	'src/graph': [...astroBound, 'check', 'search', 'i18n'],
	'src/search': [...astroBound, 'check'],
	'src/check': [...astroBound, 'search', 'i18n'],
};
const layerRules = Object.entries(layers).map(([folder, forbidden]) => ({
	files: [`${folder}/**/*.ts`],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						group: forbidden.flatMap((name) => [`**/${name}`, `**/${name}/**`]),
						message: `${folder} is below src/lib: it may not import Astro-bound code or a layer above it (eslint.config.js, "layers").`,
					},
					{ group: ['astro', 'astro/*', 'astro:*', '@astrojs/*'], message: `${folder} runs without Astro.` },
				],
			},
		],
	},
}));

export default tseslint.config(
	// What builds leave, in any folder (bench/starlight/ keeps a stopped bench's build): not code anyone wrote.
	{
		ignores: [
			'**/dist/',
			'**/.astro/',
			'**/.cache/',
			'node_modules/',
			'bench/.corpus/',
			'test/.tmp/',
			'test/fixtures/',
			'content/',
			'schemas/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.strict,
	...tseslint.configs.stylistic,
	...astro.configs['flat/recommended'],
	...astro.configs['flat/jsx-a11y-strict'],
	{ languageOptions: { globals: { ...globals.node, ...globals.browser } } },
	{
		// In a test, an assumption that does not hold throws, and the test fails: there the
		// non-null assertion is the check, not a way round one.
		files: ['test/**/*.ts'],
		rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
	},
	...layerRules,
);
