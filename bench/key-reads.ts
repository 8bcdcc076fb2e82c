/**
 * `npm run bench:keys`: what Create or Update spends to learn which of N text keys exist (the
 * read API gives text no IN). Two ways: OR reads of EQ conditions (25 a read: ⌈N ÷ 25⌉ calls,
 * whatever the tenant holds) or pages of the object's key fields (⌊M ÷ 5000⌋ + 1 calls for M
 * records, whatever N is). Which is cheaper depends on M, which no answer tells, so the node starts
 * scanning only when more than one OR read is needed and stops scanning as soon as the OR reads for
 * the keys still unseen would cost less (see actions/dataObject/existingKeys.ts).
 * For each N and M this runs the node's upsert through n8n's engine against the sandbox and counts
 * the key-read calls it made, beside the two fixed ways.
 */
import type { IDataObject, INode } from 'n8n-workflow';

import { GainsightApi } from '../credentials/GainsightApi.credentials';
import { Gainsight } from '../nodes/Gainsight/Gainsight.node.js';
import { DEFAULT_ACCESS_KEY, startSandbox } from '../sandbox';
import { runNode } from '../test/harness/engine';
import { bypassProxyForLoopback } from '../test/harness/env';

const CONDITIONS_PER_READ = 25;
const PAGE = 5000;
const KEYS = [50, 500, 5000];
const TENANTS = [1_000, 20_000, 100_000];

async function keyReadCalls(keys: number, tenant: number): Promise<{ calls: number; ok: boolean }> {
	const sandbox = await startSandbox({ rateLimit: { quota: 1_000_000, windowMs: 60_000, dailyQuota: 100_000_000 }, log: true, readCache: true });
	try {
		for (let index = 0; index < tenant; index++) {
			const gsid = `KEYS${String(index).padStart(32, '0')}`;
			sandbox.store.companies.set(gsid, { Gsid: gsid, Name: `Tenant ${index}`, ExternalId__gc: `M-${index}`, CreatedDate: 0, ModifiedDate: 0 } as never);
		}
		// half the keys exist, half are new
		const items = Array.from({ length: keys }, (_, index) => ({ Name: `Key ${index}`, ExternalId__gc: index % 2 ? `M-${index}` : `NEW-${index}` }));
		const columns = { mappingMode: 'autoMapInputData', value: null, matchingColumns: ['ExternalId__gc'], schema: [] };
		const { error } = await runNode({
			nodeType: new Gainsight(),
			credentialType: new GainsightApi(),
			parameters: { resource: 'company', operation: 'upsert', columns } as INode['parameters'],
			items: items as IDataObject[],
			credentials: { domain: sandbox.url, apiKey: DEFAULT_ACCESS_KEY, callsPerWindow: 1_000_000, windowSeconds: 60 },
		});
		const calls = sandbox.log.filter((entry) => entry.path === '/v1/data/objects/query/Company').length;
		return { calls, ok: !error };
	} finally {
		await sandbox.close();
	}
}

async function main() {
	bypassProxyForLoopback();
	console.log('| keys N | companies in the tenant M | OR reads only | key-field pages only | the node (chosen at run time) |');
	console.log('| ---: | ---: | ---: | ---: | ---: |');
	for (const keys of KEYS) {
		for (const tenant of TENANTS) {
			const { calls, ok } = await keyReadCalls(keys, tenant);
			const orOnly = Math.ceil(keys / CONDITIONS_PER_READ);
			const scanOnly = Math.floor(tenant / PAGE) + 1;
			console.log(`| ${keys.toLocaleString('en')} | ${tenant.toLocaleString('en')} | ${orOnly} | ${scanOnly} | ${calls}${ok ? '' : ' (run failed)'} |`);
		}
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
