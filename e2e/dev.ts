/**
 * A real n8n editor with our package, for trying the node by hand:
 *
 *   npm run dev        → http://localhost:5678
 *
 * Starts the Gainsight sandbox on http://127.0.0.1:5679, installs our packed package as a community
 * package in a user folder kept in .e2e/dev (git-ignored), creates the owner account it prints, imports the "Gainsight Sandbox" credential and every example workflow, and
 * runs `n8n start` (the n8n pinned in e2e/n8n). Ctrl-C stops both.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { startSandbox } from '../sandbox';
import { ensureOwner, OWNER } from './owner';
import { importSandboxCredential, importWorkflows, installN8n, n8nEnv, n8nVersion, ROOT, startN8n, userFolderWithPackage } from './n8n';

const N8N_PORT = process.env.N8N_PORT ?? '5678';
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 5679);

async function main() {
	installN8n();
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	const userFolder = userFolderWithPackage(join(ROOT, '.e2e', 'dev'));
	const env = n8nEnv(userFolder, { N8N_PORT, N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT ?? '5680', N8N_SECURE_COOKIE: 'false' });
	const sandbox = await startSandbox({ port: SANDBOX_PORT });
	await importSandboxCredential(sandbox.url, userFolder, env);
	const examples = join(ROOT, 'examples');
	const workflows = readdirSync(examples)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((file, i) => ({ ...JSON.parse(readFileSync(join(examples, file), 'utf8')), id: `gainsight-example-${i + 1}` }));
	await importWorkflows(workflows, userFolder, env);
	console.log(`\nGainsight sandbox: ${sandbox.url}  (credential "Gainsight Sandbox", ${workflows.length} example workflows imported)`);
	const n8n = startN8n(env);
	await ensureOwner(`http://127.0.0.1:${N8N_PORT}`);
	console.log(`\nn8n ${n8nVersion()}: http://localhost:${N8N_PORT}  sign in as ${OWNER.email} / ${OWNER.password}  (Ctrl-C stops)\n`);
	const stop = () => {
		n8n.kill('SIGTERM');
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	n8n.on('exit', (code) => {
		void sandbox.close().then(() => process.exit(code ?? 0));
	});
}

void main();
