/**
 * ESLint 9 flat config: n8n's community-node rules, as `@n8n/node-cli`'s own lint config applies
 * them (ESLint + typescript-eslint recommended, `@n8n/eslint-plugin-community-nodes`
 * recommended — the n8n Cloud rule set — on the TypeScript sources and on package.json).
 * @n8n/node-cli itself does not install on Node 20 (it pulls isolated-vm, which needs Node 24,
 * and eslint-plugin-n8n-nodes-base, whose preinstall only lets pnpm install it), so the plugin
 * is used directly; node-cli's import-x and n8n-nodes-base parts are left out.
 *
 * On top, this project's rules from DESIGN.md for nodes/ and credentials/:
 * - imports only from n8n-workflow, zod, lodash, luxon, p-limit, crypto and relative paths
 *   (the plugin lets any devDependency through, which would admit n8n-core, undici, ...);
 * - no `fs` (the plugin's no-restricted-globals already covers setTimeout, process, __dirname).
 *
 * `npm run lint` lints nodes/, credentials/ and package.json.
 */
import eslint from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import { globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const community = n8nCommunityNodesPlugin.configs.recommended;

const ALLOWED_IMPORTS = ['n8n-workflow', 'zod', 'lodash', 'luxon', 'p-limit', 'crypto', 'node:crypto'];
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); // regex is compiled with the u flag
const allowed = ALLOWED_IMPORTS.map((name) => `${escape(name)}(?:/.*)?$`).join('|');

export default tseslint.config(
	globalIgnores(['dist/**', 'node_modules/**', 'coverage/**', '.e2e/**', 'test-output/**']),
	{
		files: ['**/*.ts'],
		extends: [eslint.configs.recommended, tseslint.configs.recommended, community],
		rules: {
			'prefer-spread': 'off',
			'no-console': 'error',
		},
	},
	{
		files: ['package.json'],
		extends: [community],
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { extraFileExtensions: ['.json'] },
		},
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: `^(?!\\.{1,2}/|(?:${allowed}))`,
							message:
								'Node and credential code may import only n8n-workflow, zod, lodash, luxon, p-limit, crypto and relative paths (DESIGN.md).',
						},
					],
				},
			],
		},
	},
);
