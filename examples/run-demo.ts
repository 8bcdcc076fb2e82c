/**
 * The demo: starts the local Gainsight sandbox, runs every workflow in examples/*.json through
 * n8n's engine (n8n-core WorkflowExecute) with the Gainsight node and a credential pointing at
 * the sandbox, and prints what reached "Gainsight". Exit code 1 if a workflow fails.
 *
 *   npm run demo
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IConnections, IDataObject } from 'n8n-workflow';

import { GainsightApi } from '../credentials/GainsightApi.credentials';
import { Gainsight } from '../nodes/Gainsight/Gainsight.node.js' // .js: the bare name would resolve to the codex Gainsight.node.json under tsx;
import { GainsightTrigger } from '../nodes/GainsightTrigger/GainsightTrigger.node.js';
import { DEFAULT_ACCESS_KEY, startSandbox } from '../sandbox';
import { runWorkflow, type WorkflowNode } from '../test/harness/engine';
import { CodeStandIn } from './code-node.stand-in';
import { mismatches } from './expected';

interface WorkflowFile {
	name: string;
	nodes: WorkflowNode[];
	connections: IConnections;
}

const short = (json: IDataObject) => JSON.stringify(json).slice(0, 160);

async function main() {
	const sandbox = await startSandbox();
	const credentials = { gainsightApi: { domain: sandbox.url, apiKey: DEFAULT_ACCESS_KEY, callsPerWindow: 100, windowSeconds: 60 } };
	console.log(`Gainsight sandbox at ${sandbox.url}\n`);
	let failures = 0;
	try {
		for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.json')).sort()) {
			const workflow = JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as WorkflowFile;
			sandbox.reset();
			// each example as on its own n8n against a fresh tenant (the sandbox was reset), as the e2e
			// runs them: a credential of its own, so nothing an earlier example kept (describe answers) is used
			const nodes = workflow.nodes.map((node) =>
				node.credentials?.gainsightApi ? { ...node, credentials: { gainsightApi: { ...node.credentials.gainsightApi, id: `${node.credentials.gainsightApi.id}-${file}` } } } : node,
			);
			const result = await runWorkflow({
				nodes,
				connections: workflow.connections,
				nodeTypes: [new Gainsight(), new GainsightTrigger(), new CodeStandIn()],
				credentialTypes: [new GainsightApi()],
				credentials,
			});
			const last = workflow.nodes[workflow.nodes.length - 1].name;
			const items = result.outputs[last]?.[0] ?? [];
			const calls = sandbox.log.map((entry) => `${entry.method} ${entry.path}`);
			console.log(`■ ${workflow.name}  (${file})`);
			for (const entry of sandbox.log) {
				const records = (entry.body as { records?: unknown[] } | undefined)?.records;
				const query = Object.keys(entry.query).length ? `?${new URLSearchParams(entry.query)}` : '';
				console.log(`  → ${entry.method} ${entry.path}${query}  HTTP ${entry.status}${records ? `  ${records.length} records` : ''}`);
			}
			console.log(`  ← ${items.length} items out of "${last}"`);
			for (const item of items.slice(0, 2)) console.log(`     ${short(item.json)}`);
			const wrong = mismatches(file, { calls, items: items.length, error: result.error?.message });
			console.log(wrong.length ? `  ✗ ${wrong.join('; ')}\n` : '  ✓ ok\n');
			failures += wrong.length ? 1 : 0;
		}
	} finally {
		await sandbox.close();
	}
	console.log(failures ? `demo: ${failures} workflow(s) failed` : 'demo: all workflows ran');
	process.exit(failures ? 1 : 0);
}

void main();
