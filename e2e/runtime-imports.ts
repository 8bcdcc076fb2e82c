/**
 * What the built package takes from n8n-workflow at run time must exist in the n8n-workflow of every
 * n8n it runs in: the unit tests run against the n8n-workflow pinned in our devDependencies, and a
 * name a newer n8n dropped (as 2.41 dropped `sleepWithAbort`) fails only when that code path runs.
 * Reads the compiled dist/ (tsc writes `n8n_workflow_1.<name>` for each use) and checks each name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { ROOT } from './pack';

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
	);
}

/** The n8n-workflow names dist/ uses that the n8n installed in `n8nDir` does not export. */
export function missingRuntimeImports(n8nDir: string): string[] {
	const used = new Set<string>();
	for (const file of filesUnder(join(ROOT, 'dist'))) {
		for (const match of readFileSync(file, 'utf8').matchAll(/n8n_workflow_\d+\.([A-Za-z_$][\w$]*)/g)) used.add(match[1]);
	}
	const fromN8n = createRequire(join(n8nDir, 'node_modules', 'n8n', 'package.json'));
	const workflow = fromN8n('n8n-workflow') as Record<string, unknown>;
	return [...used].filter((name) => workflow[name] === undefined).sort();
}
