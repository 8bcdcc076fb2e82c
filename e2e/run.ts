/**
 * End-to-end: our package inside real n8n versions (e2e/n8n.ts): the current n8n on Node 24
 * (e2e/n8n-current) and the oldest we support on Node 20 (e2e/n8n).
 *
 *   npm run test:e2e                      both, one after the other
 *   E2E_N8N=current npm run test:e2e      one of them (CI times each on its own)
 *
 * For each: installs that n8n (npm ci, cached), builds and packs our package and installs the tarball as a
 * community package in a throwaway n8n user folder, starts the Gainsight sandbox, imports a
 * credential pointing at it and every example workflow, runs each with
 * `n8n execute --id … --rawOutput`, and checks the output and the calls the sandbox received
 * against examples/expected.ts (the table the demo uses). Workflows started by a trigger other than
 * the manual one can't run from the CLI (n8n's `execute` needs a manual start node) and are skipped.
 * Exit code 1 if any workflow fails on any of them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { DEFAULT_ACCESS_KEY, startSandbox } from '../sandbox';
import { missingRuntimeImports } from './runtime-imports';
import { mismatches } from '../examples/expected';
import { N8n, ROOT, selectedN8n, userFolderWithPackage } from './n8n';

const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 5697);
const EXAMPLES = join(ROOT, 'examples');

interface WorkflowFile {
	id?: string;
	name: string;
	nodes: Array<{ name: string; type: string }>;
	connections: Record<string, unknown>;
}

interface RunItem {
	json: Record<string, unknown>;
}
interface Execution {
	status: string;
	data: { resultData: { error?: { message: string }; runData: Record<string, Array<{ data?: { main: RunItem[][] } }>> } };
}

/** A workflow `n8n execute` can start: none of its start nodes is a trigger other than the manual one. */
const startsByHand = (workflow: WorkflowFile) => {
	const targets = new Set(JSON.stringify(workflow.connections).match(/"node":"[^"]*"/g)?.map((m) => m.slice(8, -1)));
	return workflow.nodes
		.filter((node) => !targets.has(node.name))
		.every((node) => !/trigger$/i.test(node.type) || node.type === 'n8n-nodes-base.manualTrigger');
};

/** The execution JSON `--rawOutput` prints after n8n's own log lines. */
const parseExecution = (stdout: string): Execution => JSON.parse(stdout.slice(stdout.search(/^\{$/m)));

/** Every runnable example through one n8n; true when all passed. */
async function runOn(n8n: N8n): Promise<boolean> {
	const started = Date.now();
	n8n.install();
	const installed = Math.round((Date.now() - started) / 1000);
	const missing = missingRuntimeImports(n8n.dir);
	if (missing.length) {
		console.log(`✗ ${n8n.label}: its n8n-workflow exports none of ${missing.join(', ')}, which the package uses`);
		return false;
	}
	const userFolder = userFolderWithPackage();
	const env = n8n.env(userFolder);
	const sandbox = await startSandbox({ port: SANDBOX_PORT });
	console.log(`\n${n8n.label} (user folder ${userFolder}), Gainsight sandbox at ${sandbox.url}\n`);
	let failed = 0;
	let passed = 0;
	const skipped: string[] = [];
	try {
		await n8n.importSandboxCredential(sandbox.url, userFolder, env);

		const runnable: Array<{ file: string; workflow: WorkflowFile }> = [];
		for (const file of readdirSync(EXAMPLES).filter((name) => name.endsWith('.json')).sort()) {
			const workflow = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as WorkflowFile;
			if (startsByHand(workflow)) runnable.push({ file, workflow: { ...workflow, id: `gainsight-e2e-${runnable.length + 1}` } });
			else skipped.push(file);
		}
		await n8n.importWorkflows(runnable.map((r) => r.workflow), userFolder, env);

		for (const { file, workflow } of runnable) {
			sandbox.reset();
			let wrong: string[];
			let stdout = '';
			try {
				stdout = await n8n.run(['execute', `--id=${workflow.id}`, '--rawOutput'], env);
				const execution = parseExecution(stdout);
				const last = workflow.nodes[workflow.nodes.length - 1].name;
				const runs = execution.data.resultData.runData[last] ?? [];
				const items = runs.flatMap((run) => run.data?.main[0] ?? []);
				const calls = sandbox.log.map((entry) => `${entry.method} ${entry.path}`);
				wrong = mismatches(file, { calls, items: items.length, error: execution.data.resultData.error?.message });
				if (execution.status !== 'success') wrong.push(`status ${execution.status}`);
				if (stdout.includes(DEFAULT_ACCESS_KEY)) wrong.push('the access key appears in the execution output');
				console.log(`■ ${workflow.name}  (${file})  ${calls.length} calls, ${items.length} items out of "${last}"`);
			} catch (error) {
				wrong = [(error as Error).message.split('\n').slice(0, 40).join('\n')];
				console.log(`■ ${workflow.name}  (${file})`);
			}
			console.log(wrong.length ? `  ✗ ${wrong.join('; ')}\n` : '  ✓ ok\n');
			if (wrong.length) failed++;
			else passed++;
		}
	} finally {
		await sandbox.close();
		if (!process.env.E2E_KEEP) rmSync(join(userFolder, '..'), { recursive: true, force: true });
	}
	for (const file of skipped) console.log(`skipped ${file}: its first node is a trigger, and \`n8n execute\` only starts workflows by hand`);
	const seconds = Math.round((Date.now() - started) / 1000);
	console.log(`e2e (${n8n.label}, ${seconds}s of which install ${installed}s): ${passed} workflows passed, ${failed} failed, ${skipped.length} skipped`);
	return failed === 0 && passed > 0;
}

async function main() {
	const versions = selectedN8n('both');
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	const green: boolean[] = [];
	for (const n8n of versions) green.push(await runOn(n8n));
	process.exit(green.every(Boolean) ? 0 : 1);
}

void main();
