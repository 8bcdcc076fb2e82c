/** Jest: TypeScript through ts-jest (type checking is `npm run typecheck`'s job). */
module.exports = {
	testEnvironment: 'node',
	testMatch: ['<rootDir>/test/**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.e2e/'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	testTimeout: 60000,
	// n8n-core leaves handles open after a run (its own timers); the sandbox is closed in afterAll.
	forceExit: true,
};
