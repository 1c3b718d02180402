// One lint configuration for TypeScript, Astro components and their accessibility.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'bench/.corpus/', 'test/.tmp/', 'test/fixtures/', 'content/', 'schemas/'] },
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
);
