/**
 * Node runs known to work in this n8n process. The first write of a run goes alone so that a
 * wrong key or a bad configuration (say, a lookup Gainsight refuses) costs one call, not one per
 * Concurrent Call; a scheduled workflow that ran fine before need not pay that extra round trip
 * again. A run is "known good" when the same node (workflow, name, parameters) with the same
 * credential has had a call accepted by the same tenant; a call refused as unauthorised forgets
 * every entry of that credential (its key changed or was revoked).
 */
import type { INode } from 'n8n-workflow';

import { CREDENTIAL_NAME } from '../helpers/credentialDefaults';
import { nodeOf } from '../helpers/node';

/** Entries kept at most; when full, the set starts over (it only saves a round trip). */
const MAX_ENTRIES = 1000;

const knownGood = new Set<string>();
/** The key of a context's run, computed once (parameters are hashed). */
const runKeys = new WeakMap<object, string | undefined>();

interface RunContext {
	getNode(): INode;
	getWorkflow(): { id?: string };
}

/** FNV-1a over the text: a short fingerprint of the node's parameters. */
function fingerprint(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16);
}

const credentialPrefix = (ctx: RunContext, baseUrl: string) => {
	const id = nodeOf(ctx).credentials?.[CREDENTIAL_NAME]?.id;
	return id ? `${id} ${baseUrl} ` : undefined;
};

function runKey(ctx: RunContext, baseUrl: string): string | undefined {
	if (runKeys.has(ctx)) return runKeys.get(ctx);
	const prefix = credentialPrefix(ctx, baseUrl);
	const node = nodeOf(ctx);
	const key = prefix && `${prefix}${ctx.getWorkflow().id ?? ''} ${node.name} ${fingerprint(JSON.stringify(node.parameters))}`;
	runKeys.set(ctx, key);
	return key;
}

export function isKnownGood(ctx: RunContext, baseUrl: string): boolean {
	const key = runKey(ctx, baseUrl);
	return key !== undefined && knownGood.has(key);
}

export function rememberGood(ctx: RunContext, baseUrl: string): void {
	const key = runKey(ctx, baseUrl);
	if (key === undefined || knownGood.has(key)) return;
	if (knownGood.size >= MAX_ENTRIES) knownGood.clear();
	knownGood.add(key);
}

export function forgetCredential(ctx: RunContext, baseUrl: string): void {
	const prefix = credentialPrefix(ctx, baseUrl);
	if (!prefix) return;
	for (const key of knownGood) if (key.startsWith(prefix)) knownGood.delete(key);
}
