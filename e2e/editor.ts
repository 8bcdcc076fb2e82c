/**
 * The editor in a real browser: Debian's /usr/bin/chromium driven by playwright-core (pinned in
 * e2e/browser), headless, against a pinned n8n (the current one by default; E2E_N8N=oldest or
 * both, see e2e/n8n.ts) with our package, the sandbox credential and the examples imported.
 *
 *   npm run test:editor          (screenshots in test-output/screenshots/)
 *   npm run docs:screenshots     the same, then copies the README's screenshots into docs/
 *
 * Opens a Gainsight node of every resource and operation and checks its parameter panel renders
 * with no error notice (Company Create's column mapper offers the sandbox's fields), checks a Get
 * Many panel's order and the nodes panel's list of actions, opens the credential and presses its
 * Test (retry) button against the sandbox, and executes an example workflow from the editor (its
 * output carries the keys Task reads answer). Where n8n has a migration report
 * (2.x before 3.0), none of our workflows may be in it. Exit code 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { startSandbox } from '../sandbox';
import { N8n, ROOT, selectedN8n, userFolderWithPackage } from './n8n';
import { ensureOwner, OWNER } from './owner';
import { ciIfChanged } from './pinned';

const N8N_PORT = Number(process.env.E2E_EDITOR_PORT ?? 5677);
const SHOTS = join(ROOT, 'test-output', 'screenshots');
/** The screenshots the README shows (docs/<name>.png), by the name this test gives them. */
const DOCS_SHOTS: Record<string, string> = {
	'docs-panel': 'editor-company-get-many',
	'docs-resource-mapper': 'editor-resource-mapper',
	'workflow-output': 'editor-output-table',
	'docs-task-update': 'editor-task-update',
	'docs-trigger-canvas': 'editor-trigger-canvas',
	'nodes-panel-actions': 'editor-nodes-panel-actions',
	'credential-test': 'editor-credential',
};
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The labels of an example's Company Get Many panel, top to bottom (Fields to Return inside Options). */
const GET_MANY_LABELS = ['Return All', 'Conditions', 'Combine Conditions', 'Options', 'Fields to Return'];
/**
 * Task Update filled in, top to bottom: the cascade right under the Due Date it belongs to, then the
 * sections every write has, and a lookup row in the order a person fills it.
 */
const TASK_UPDATE_LABELS = ['Due Date', 'Due Date Cascade', 'Update Fields', 'Custom Fields', 'Lookups', 'Target Field', 'Look Up In', 'Match On', 'Options'];
const TASK_UPDATE_FILLED = 'Task Update (filled in)';

/** A Task Update as a user fills it in: a due date (so its cascade shows) and one lookup row. */
function filledInWorkflow() {
	const node = {
		id: 'node-task-update-filled',
		name: TASK_UPDATE_FILLED,
		type: 'n8n-nodes-gainsight.gainsight',
		typeVersion: 1,
		position: [0, 0],
		parameters: {
			resource: 'task',
			operation: 'update',
			taskId: { __rl: true, mode: 'id', value: '={{ $json.taskGsid }}' },
			dueDate: '2027-01-15T00:00:00',
			lookups: { lookup: [{ targetField: 'OwnerId', objectName: 'gsuser', matchFields: { match: [{ sourceField: 'ownerEmail', matchField: 'Email' }] } }] },
		},
		credentials: { gainsightApi: { id: 'gainsight-sandbox', name: 'Gainsight Sandbox' } },
	};
	return { id: 'gainsight-filled-in', name: 'Gainsight: filled in', nodes: [node], connections: {}, settings: {} };
}

interface Option { name: string; value: string; action?: string }
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

/** The action of every operation of every resource, as the built description names them (n8n's nodes panel lists these). */
function expectedActions(): string[] {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { Gainsight } = require(join(ROOT, 'dist/nodes/Gainsight/Gainsight.node.js'));
	const properties = new Gainsight().description.properties as Property[];
	return properties.filter((p) => p.name === 'operation').flatMap((p) => (p.options ?? []).map((option) => option.action ?? option.name));
}

/** The trigger's actions (one per object it watches), as the built description names them. */
function expectedTriggerActions(): string[] {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { GainsightTrigger } = require(join(ROOT, 'dist/nodes/GainsightTrigger/GainsightTrigger.node.js'));
	const properties = new GainsightTrigger().description.properties as Property[];
	return (properties.find((p) => p.name === 'resource')?.options ?? []).map((option) => option.action ?? option.name);
}

/** Every check against one n8n; returns the problems found. */
async function editorOn(n8n: N8n, shotsDir: string): Promise<string[]> {
	n8n.install();
	mkdirSync(shotsDir, { recursive: true });
	const userFolder = userFolderWithPackage();
	const env = n8n.env(userFolder, { N8N_PORT: String(N8N_PORT), N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT ?? '5681', N8N_SECURE_COOKIE: 'false' });
	const sandbox = await startSandbox({ port: Number(process.env.E2E_EDITOR_SANDBOX_PORT ?? 5696) });
	const problems: string[] = [];
	const instance = await (async () => {
		await n8n.importSandboxCredential(sandbox.url, userFolder, env);
		const examples = join(ROOT, 'examples');
		const workflows = readdirSync(examples).filter((f) => f.endsWith('.json')).sort()
			.map((file, i) => ({ ...JSON.parse(readFileSync(join(examples, file), 'utf8')), id: `gainsight-example-${i + 1}`, file }));
		await n8n.importWorkflows([...workflows.map(({ file: _file, ...w }) => w), everyOperationWorkflow(), filledInWorkflow()], userFolder, env);
		return { process: n8n.start({ ...env, N8N_LOG_LEVEL: 'warn' }), workflows };
	})();
	const exampleNamed = (file: string) => instance.workflows.find((w) => w.file === file)!;
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	// Loaded from e2e/browser at run time (typed loosely: CI type-checks before that folder is installed).
	const { chromium } = require(join(__dirname, 'browser/node_modules/playwright-core')) as { chromium: any };
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
	const shot = async (page: any, name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`) });
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
			if (node.name === 'Company Create') {
				// The column mapper fills in from the sandbox's describe answer: its required Name field, and
				// every other Company field under "Add field to send"; three of them are added (not saved).
				const addField = async (label: string) => {
					await panel.getByRole('button', { name: /add field/i }).first().click({ timeout: 15_000 });
					await page.getByText(label, { exact: true }).first().click({ timeout: 15_000 });
				};
				const mapped = await (async () => {
					for (const label of ['Industry', 'ARR', 'Renewal Date']) await addField(label);
				})().then(() => true, () => false);
				if (!mapped) problems.push('Company Create: the column mapper did not offer the Company fields');
				await page.waitForTimeout(500);
				await shot(page, 'docs-resource-mapper');
			}
			await shot(page, `node-${node.name.replace(/\W+/g, '-').toLowerCase()}`);
			await page.keyboard.press('Escape');
			await page.waitForTimeout(200);
		}
		if (!existsSync(join(shotsDir, 'docs-resource-mapper.png'))) problems.push('no Company Create node was opened to check its column mapper');
		console.log(`opened ${(everyOperationWorkflow().nodes as unknown[]).length} Gainsight nodes (every resource × operation)`);

		// A filled-in panel for the README: an example's Company Get Many with its conditions.
		await page.goto(`/workflow/${exampleNamed('company-at-risk-report.json').id}`);
		await page.locator('[data-test-id="canvas-node"][data-node-name="Companies at risk"]').dblclick({ force: true });
		await page.locator('[data-test-id="ndv"]').getByText('Operation', { exact: true }).first().waitFor({ timeout: 15_000 }).catch(() => problems.push('Companies at risk: the parameter panel did not open'));
		await page.waitForTimeout(1000);
		await shot(page, 'docs-panel');
		await page.keyboard.press('Escape');

		/** The open panel shows each label, top to bottom in this order. */
		const expectLabelsInOrder = async (panelName: string, labels: string[]) => {
			const ndv = page.locator('[data-test-id="ndv"]');
			await ndv.getByText('Operation', { exact: true }).first().waitFor({ timeout: 15_000 }).catch(() => undefined);
			const top = async (label: string) => (await ndv.getByText(label, { exact: true }).first().boundingBox({ timeout: 5_000 }).catch(() => null))?.y;
			const order: Array<number | undefined> = [];
			for (const label of labels) order.push(await top(label));
			if (order.some((y) => y === undefined) || order.some((y, i) => i > 0 && y! < order[i - 1]!)) {
				problems.push(`${panelName}: the panel does not read ${labels.join(', ')} in that order (${order.map((y) => y ?? 'missing').join(', ')})`);
			}
		};

		// The Get Many panel reads like n8n's own: Return All, the conditions and their combination,
		// then one Options holding Fields to Return.
		await page.locator('[data-test-id="canvas-node"][data-node-name="Companies at risk"]').dblclick({ force: true });
		await expectLabelsInOrder('Company Get Many', GET_MANY_LABELS);
		await page.keyboard.press('Escape');

		// Task Update filled in: Due Date Cascade shows beside the Due Date it moves with; the write's
		// sections and a lookup row read in the order a person fills them.
		await page.goto('/workflow/gainsight-filled-in');
		await page.locator(`[data-test-id="canvas-node"][data-node-name="${TASK_UPDATE_FILLED}"]`).dblclick({ force: true });
		await expectLabelsInOrder('Task Update', TASK_UPDATE_LABELS);
		// scrolled so the picture holds the Due Date and the whole lookup row
		const dueDate = await page.locator('[data-test-id="ndv"]').getByText('Due Date', { exact: true }).first().boundingBox().catch(() => null);
		if (dueDate) {
			await page.mouse.move(dueDate.x + 100, dueDate.y);
			await page.mouse.wheel(0, dueDate.y - 150);
		}
		await page.waitForTimeout(500);
		await shot(page, 'docs-task-update');
		await page.keyboard.press('Escape');

		// The trigger on the canvas names what it watches: "New or Updated Company".
		await page.goto(`/workflow/${exampleNamed('company-health-watch.json').id}`);
		const watch = page.locator('[data-test-id="canvas-node"][data-node-name="Company health below 50"]');
		await watch.waitFor({ timeout: 15_000 }).catch(() => undefined);
		await page.waitForTimeout(500);
		const subtitle = await page.getByText('New or Updated Company', { exact: true }).first().isVisible().catch(() => false);
		if (!subtitle) problems.push('the trigger of company-health-watch.json does not read "New or Updated Company" on the canvas');
		await shot(page, 'docs-trigger-canvas');

		// The nodes panel: searching "Gainsight" and opening the node lists its actions as the description names them.
		await page.locator('[data-test-id="node-creator-plus-button"]').first().click({ timeout: 15_000 }).catch(() => problems.push('the nodes panel did not open'));
		await page.getByPlaceholder(/search nodes/i).first().fill('Gainsight').catch(() => problems.push('the nodes panel has no search bar'));
		const creator = page.locator('[data-test-id="node-creator"]');
		await creator.getByText('Gainsight CS', { exact: true }).first().click({ timeout: 15_000 }).catch(() => problems.push('the nodes panel did not list Gainsight CS'));
		await page.getByText(expectedActions()[0], { exact: true }).first().waitFor({ timeout: 15_000 }).catch(() => undefined);
		// the panel's lines as a user reads them, scrolling down its list (n8n renders only what is in
		// view, and its test ids for these items change between versions)
		const listed = new Set<string>();
		const box = await creator.boundingBox().catch(() => null);
		if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.7);
		for (let unchanged = 0, seen = -1; unchanged < 3; ) {
			for (const line of ((await creator.innerText().catch(() => '')) as string).split('\n')) listed.add(line.trim());
			unchanged = listed.size === seen ? unchanged + 1 : 0;
			seen = listed.size;
			await page.mouse.wheel(0, 500);
			await page.waitForTimeout(200);
		}
		// the trigger's actions, in the panel's Triggers section (folded at first): each names its object
		if (!expectedTriggerActions().some((action) => listed.has(action))) {
			await creator.getByText(/^Triggers \(\d+\)$/).first().click({ timeout: 5_000 }).catch(() => undefined);
			await page.waitForTimeout(300);
			for (let turn = 0; turn < 4; turn++) {
				await page.mouse.wheel(0, 500);
				await page.waitForTimeout(200);
			}
			for (const line of ((await creator.innerText().catch(() => '')) as string).split('\n')) listed.add(line.trim());
		}
		await shot(page, 'nodes-panel-actions');
		const missingTriggers = expectedTriggerActions().filter((action) => !listed.has(action));
		if (missingTriggers.length) problems.push(`the nodes panel does not list these trigger actions: ${missingTriggers.join('; ')}`);
		const missing = expectedActions().filter((action) => !listed.has(action));
		if (missing.length) problems.push(`the nodes panel does not list these Gainsight actions: ${missing.join('; ')} (it lists: ${[...listed].join('; ')})`);
		console.log(`nodes panel: ${expectedActions().length - missing.length} of the ${expectedActions().length} Gainsight actions listed, ${expectedTriggerActions().length - missingTriggers.length} of the ${expectedTriggerActions().length} trigger actions`);
		await page.keyboard.press('Escape');

		// n8n's migration report (Settings > Migration Report) lists what the next major version breaks
		// (2.41: n8n 3.0; older 2.x answer with the 2.0 rules): none of our workflows may be in it.
		const report = await context.request.get('/rest/breaking-changes/report?version=v3');
		if (report.ok()) {
			type Report = { targetVersion: string; workflowResults: Array<{ ruleId: string; nbAffectedWorkflows: number }>; instanceResults: Array<{ ruleId: string }> };
			const { data } = (await report.json()) as { data: { report: Report } };
			const target = `n8n migration report for ${data.report.targetVersion}`;
			for (const rule of data.report.workflowResults) problems.push(`${target}: ${rule.nbAffectedWorkflows} workflow(s) affected by ${rule.ruleId}`);
			console.log(`${target}: ${data.report.workflowResults.length} workflow rule(s) hit; instance settings to review: ${data.report.instanceResults.map((r) => r.ruleId).join(', ') || 'none'}`);
		} else console.log(`n8n migration report: not in this n8n (HTTP ${report.status()})`);

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
		const example = exampleNamed('task-create-followups.json');
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
		// One output shape per resource: Task Create's items carry the keys Task Get and Search answer.
		const outputText = await page.locator('[data-test-id="output-panel"]').first().innerText().catch(() => '');
		for (const key of ['CTAId', 'Status', 'Priority']) if (!new RegExp(`\\b${key}\\b`).test(outputText)) problems.push(`Task Create's output shows no "${key}" column`);
		if (/\bCtaId\b/.test(outputText)) problems.push('Task Create\'s output shows "CtaId", the key Task reads do not use');
		const calls = sandbox.log.filter((e) => e.path === '/v2/cockpit/task').length;
		if (calls !== 3) problems.push(`executing "${example.name}" from the editor sent ${calls} task calls, expected 3`);
		if (await errorNotices()) problems.push('an error notice appeared after executing the workflow');
		console.log(`executed "${example.name}" from the editor: ${calls} task calls reached the sandbox`);
	} catch (error) {
		problems.push((error as Error).message);
	} finally {
		await browser.close();
		// n8n gives up its port only once it has exited: wait, so a next n8n (E2E_N8N=both) can take it.
		const exited = instance.process.exitCode !== null || instance.process.signalCode !== null
			? Promise.resolve()
			: new Promise((resolve) => instance.process.once('exit', resolve));
		instance.process.kill('SIGTERM');
		await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
		await sandbox.close();
		rmSync(join(userFolder, '..'), { recursive: true, force: true });
	}
	for (const problem of problems) console.log(`✗ ${problem}`);
	console.log(`editor (${n8n.label}): ${problems.length ? `${problems.length} problem(s)` : 'ok'}; screenshots in ${shotsDir}`);
	return problems;
}

async function main() {
	const versions = selectedN8n('current');
	ciIfChanged(join(__dirname, 'browser'));
	execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
	rmSync(SHOTS, { recursive: true, force: true });
	let problems = 0;
	for (const n8n of versions) {
		const dir = versions.length > 1 ? join(SHOTS, n8n.line) : SHOTS;
		problems += (await editorOn(n8n, dir)).length;
		// The README's screenshots come from the first n8n asked for (the current one by default).
		if (process.argv.includes('--docs') && n8n === versions[0]) {
			mkdirSync(join(ROOT, 'docs'), { recursive: true });
			for (const [from, to] of Object.entries(DOCS_SHOTS)) copyFileSync(join(dir, `${from}.png`), join(ROOT, 'docs', `${to}.png`));
			console.log(`docs/: ${Object.values(DOCS_SHOTS).map((name) => `${name}.png`).join(', ')} (${n8n.label})`);
		}
	}
	process.exit(problems ? 1 : 0);
}

void main();
