// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist-*/',
			'.astro/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-results/',
			'audit-results/',
			'public/embed.js',
			'content/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
		},
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	{
		// astro-eslint-parser gives no reliable type information for templates; type-aware rules stay off there.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { parser: tseslint.parser, projectService: false } },
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Tests read JSON and mocked modules whose shapes the assertions themselves check.
		files: ['tests/**'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
		},
	},
	{
		// Config files are plain JavaScript outside the TypeScript project, run by Node.
		files: ['**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
		languageOptions: {
			parserOptions: { project: false, projectService: false, program: null },
			globals: { process: 'readonly' },
		},
	}
);
