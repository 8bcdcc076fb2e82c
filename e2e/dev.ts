/**
 * A real n8n editor with our package, for trying the node by hand:
 *
 *   npm run dev        → http://localhost:5678
 *
 * Starts the Gainsight sandbox on http://127.0.0.1:5679, installs our packed package as a community
 * package in a user folder kept in .e2e/dev (git-ignored), creates the owner account it prints, imports the "Gainsight Sandbox" credential and every example workflow, and
 * runs `n8n start`. Ctrl-C stops both.
 *
 * The current n8n (e2e/n8n-current, on Node 24 from e2e/node24) by default; E2E_N8N=oldest runs the
 * oldest supported one (e2e/n8n, on this machine's Node) — each keeps its own data folder.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { startSandbox } from '../sandbox';
import { ensureOwner, OWNER } from './owner';
import { ROOT, selectedN8n, userFolderWithPackage } from './n8n';

const N8N_PORT = process.env.N8N_PORT ?? '5678';
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 5679);

async function main() {
	const [n8n, ...more] = selectedN8n('current');
	if (more.length) throw new Error('npm run dev starts one n8n: E2E_N8N=current or E2E_N8N=oldest');
	n8n.install();
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	// A database is only migrated forward: each n8n keeps its own data.
	const userFolder = userFolderWithPackage(join(ROOT, '.e2e', n8n.line === 'current' ? 'dev' : `dev-${n8n.line}`));
	const env = n8n.env(userFolder, { N8N_PORT, N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT ?? '5680', N8N_SECURE_COOKIE: 'false' });
	const sandbox = await startSandbox({ port: SANDBOX_PORT });
	await n8n.importSandboxCredential(sandbox.url, userFolder, env);
	const examples = join(ROOT, 'examples');
	const workflows = readdirSync(examples)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((file, i) => ({ ...JSON.parse(readFileSync(join(examples, file), 'utf8')), id: `gainsight-example-${i + 1}` }));
	await n8n.importWorkflows(workflows, userFolder, env);
	console.log(`\nGainsight sandbox: ${sandbox.url}  (credential "Gainsight Sandbox", ${workflows.length} example workflows imported)`);
	const child = n8n.start(env);
	await ensureOwner(`http://127.0.0.1:${N8N_PORT}`);
	console.log(`\n${n8n.label}: http://localhost:${N8N_PORT}  sign in as ${OWNER.email} / ${OWNER.password}  (Ctrl-C stops)\n`);
	const stop = () => {
		child.kill('SIGTERM');
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	child.on('exit', (code) => {
		void sandbox.close().then(() => process.exit(code ?? 0));
	});
}

void main();
