/**
 * Jest: TypeScript through ts-jest in transpile-only mode (`isolatedModules` in the compiler
 * options makes ts-jest transpile each file on its own, without type checking — that is
 * `npm run typecheck`'s job). Tests live in test/ as *.test.ts; dist/ and .e2e/ are never read.
 */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['<rootDir>/test/**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/.e2e/'],
	modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.e2e/'],
	watchPathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.e2e/'],
	moduleFileExtensions: ['ts', 'js', 'json'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true }, diagnostics: false }],
	},
	// Loopback calls bypass any proxy; n8n-core keeps its settings out of the user's ~/.n8n.
	setupFiles: ['<rootDir>/test/harness/env.ts'],
	testTimeout: 60000,
};
