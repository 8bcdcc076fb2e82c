/**
 * The editor in a real browser: Debian's /usr/bin/chromium driven by playwright-core (pinned in
 * e2e/browser), headless, against the pinned n8n with our package, the sandbox credential and the
 * examples imported.
 *
 *   npm run test:editor      (screenshots in test-output/screenshots/)
 *
 * Opens a Gainsight node of every resource and operation and checks its parameter panel renders
 * with no error notice, opens the credential and presses its Test (retry) button against the
 * sandbox, and executes an example workflow from the editor. Exit code 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { startSandbox } from '../sandbox';
import { importSandboxCredential, importWorkflows, installN8n, n8nEnv, n8nVersion, ROOT, startN8n, userFolderWithPackage } from './n8n';
import { ensureOwner, OWNER } from './owner';
import { ciIfChanged } from './pinned';

const N8N_PORT = Number(process.env.E2E_EDITOR_PORT ?? 5677);
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Option { name: string; value: string }
interface Property { name: string; options?: Option[]; displayOptions?: { show?: { resource?: string[] } } }

/** One Gainsight node per resource and operation, read from the built node's description. */
function everyOperationWorkflow() {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { Gainsight } = require(join(ROOT, 'dist/nodes/Gainsight/Gainsight.node.js'));
	const properties = new Gainsight().description.properties as Property[];
	const nodes: object[] = [];
	properties.find((p) => p.name === 'resource')!.options!.forEach((resource, row) => {
		const operation = properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value))!;
		operation.options!.forEach((op, i) =>
			nodes.push({
				id: `node-${resource.value}-${op.value}`,
				name: `${resource.name} ${op.name}`,
				type: 'n8n-nodes-gainsight.gainsight',
				typeVersion: 1,
				position: [i * 240, row * 240],
				parameters: { resource: resource.value, operation: op.value },
				credentials: { gainsightApi: { id: 'gainsight-sandbox', name: 'Gainsight Sandbox' } },
			}),
		);
	});
	return { id: 'gainsight-every-op', name: 'Gainsight: every operation', nodes, connections: {}, settings: {} };
}

async function main() {
	installN8n();
	ciIfChanged(join(__dirname, 'browser'));
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	rmSync(SHOTS, { recursive: true, force: true });
	mkdirSync(SHOTS, { recursive: true });
	const userFolder = userFolderWithPackage();
	const env = n8nEnv(userFolder, { N8N_PORT: String(N8N_PORT), N8N_RUNNERS_BROKER_PORT: '5681', N8N_SECURE_COOKIE: 'false' });
	const sandbox = await startSandbox({ port: Number(process.env.E2E_EDITOR_SANDBOX_PORT ?? 5696) });
	const problems: string[] = [];
	const n8n = await (async () => {
		await importSandboxCredential(sandbox.url, userFolder, env);
		const examples = join(ROOT, 'examples');
		const workflows = readdirSync(examples).filter((f) => f.endsWith('.json')).sort()
			.map((file, i) => ({ ...JSON.parse(readFileSync(join(examples, file), 'utf8')), id: `gainsight-example-${i + 1}`, file }));
		await importWorkflows([...workflows.map(({ file: _file, ...w }) => w), everyOperationWorkflow()], userFolder, env);
		return { process: startN8n({ ...env, N8N_LOG_LEVEL: 'warn' }), workflows };
	})();
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	// Loaded from e2e/browser at run time (typed loosely: CI type-checks before that folder is installed).
	const { chromium } = require(join(__dirname, 'browser/node_modules/playwright-core')) as { chromium: any };
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
	const shot = async (page: any, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
	try {
		const base = `http://127.0.0.1:${N8N_PORT}`;
		await ensureOwner(base);
		const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
		const login = await context.request.post('/rest/login', { data: { emailOrLdapLoginId: OWNER.email, password: OWNER.password } });
		if (!login.ok()) throw new Error(`login failed: HTTP ${login.status()}`);
		const page = await context.newPage();
		const errorNotices = () => page.locator('.el-notification--error, .el-notification.error').count();

		// 1. Every resource and operation: the parameter panel opens with no error notice.
		await page.goto('/workflow/gainsight-every-op');
		await page.locator('[data-test-id="canvas-node"]').first().waitFor();
		for (const node of everyOperationWorkflow().nodes as Array<{ name: string }>) {
			await page.locator(`[data-test-id="canvas-node"][data-node-name="${node.name}"]`).dblclick({ force: true });
			const panel = page.locator('[data-test-id="ndv"]');
			await panel.getByText('Operation', { exact: true }).first().waitFor({ timeout: 15_000 }).catch(() => problems.push(`${node.name}: the parameter panel did not show an Operation field`));
			await page.waitForTimeout(300);
			if (await errorNotices()) problems.push(`${node.name}: an error notice appeared`);
			await shot(page, `node-${node.name.replace(/\W+/g, '-').toLowerCase()}`);
			await page.keyboard.press('Escape');
			await page.waitForTimeout(200);
		}
		console.log(`opened ${(everyOperationWorkflow().nodes as unknown[]).length} Gainsight nodes (every resource × operation)`);

		// 2. The credential's Test against the sandbox.
		sandbox.clearLog();
		await page.goto('/home/credentials');
		await page.getByText('Gainsight Sandbox').first().click();
		const retry = page.getByRole('button', { name: /retry|test/i }).first();
		await page.getByText(/Connection tested successfully|Couldn.t connect/).first().waitFor({ timeout: 20_000 }).catch(() => undefined);
		if (await retry.isVisible().catch(() => false)) await retry.click();
		const tested = await page.getByText('Connection tested successfully').first().waitFor({ timeout: 20_000 }).then(() => true, () => false);
		await shot(page, 'credential-test');
		if (!tested) problems.push('the credential test did not report success');
		if (!sandbox.log.some((e) => e.path === '/v1/meta/services/objects/list')) problems.push('the credential test did not reach the sandbox');
		console.log(`credential test: ${tested ? 'success' : 'FAILED'}`);
		await page.keyboard.press('Escape');

		// 3. Execute an example workflow from the editor.
		const example = n8n.workflows.find((w) => w.file === 'task-create-followups.json')!;
		sandbox.reset();
		await page.goto(`/workflow/${example.id}`);
		await page.locator('[data-test-id="execute-workflow-button"]').click();
		const until = Date.now() + 60_000;
		while (sandbox.log.length < 3 && Date.now() < until) await page.waitForTimeout(250);
		await page.waitForTimeout(2000);
		await shot(page, 'workflow-executed');
		await page.locator('[data-test-id="canvas-node"][data-node-name="Create tasks"]').dblclick({ force: true });
		await page.waitForTimeout(1500);
		await shot(page, 'workflow-output');
		const calls = sandbox.log.filter((e) => e.path === '/v2/cockpit/task').length;
		if (calls !== 3) problems.push(`executing "${example.name}" from the editor sent ${calls} task calls, expected 3`);
		if (await errorNotices()) problems.push('an error notice appeared after executing the workflow');
		console.log(`executed "${example.name}" from the editor: ${calls} task calls reached the sandbox`);
	} catch (error) {
		problems.push((error as Error).message);
	} finally {
		await browser.close();
		n8n.process.kill('SIGTERM');
		await sandbox.close();
		rmSync(join(userFolder, '..'), { recursive: true, force: true });
	}
	for (const problem of problems) console.log(`✗ ${problem}`);
	console.log(`editor (n8n ${n8nVersion()}): ${problems.length ? `${problems.length} problem(s)` : 'ok'}; screenshots in test-output/screenshots/`);
	process.exit(problems.length ? 1 : 0);
}

void main();
