/**
 * Turns what a user types as the tenant domain into the API's base URL.
 * Accepts `acme`, `acme.gainsightcloud.com`, `https://acme.gainsightcloud.com`;
 * plain http only for the local sandbox (localhost / loopback).
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export class BaseUrlError extends Error {}

function isLoopback(hostname: string): boolean {
	return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

export function normalizeBaseUrl(domain: unknown): string {
	const raw = typeof domain === 'string' ? domain.trim() : '';
	if (!raw) {
		throw new BaseUrlError('The Gainsight domain is empty. Enter your tenant, e.g. "acme" or "acme.gainsightcloud.com".');
	}
	if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
		if (/[/?#@\s\\]/.test(raw.replace(/\/+$/, ''))) {
			throw new BaseUrlError(
				`The Gainsight domain "${raw}" must be a host name only, e.g. "acme.gainsightcloud.com", without a path, query or user name.`,
			);
		}
		const host = raw.replace(/\/+$/, '').toLowerCase();
		const fullHost = host.includes('.') ? host : `${host}.gainsightcloud.com`;
		if (!HOSTNAME.test(fullHost)) {
			throw new BaseUrlError(`The Gainsight domain "${raw}" is not a valid host name.`);
		}
		return `https://${fullHost}`;
	}
	if (!URL.canParse(raw)) throw new BaseUrlError(`The Gainsight domain "${raw}" is not a valid URL.`);
	const url = new URL(raw);
	if (url.username || url.password) {
		throw new BaseUrlError('The Gainsight domain must not contain a user name or password; put the access key in its own field.');
	}
	if ((url.pathname && url.pathname !== '/') || url.search || url.hash) {
		throw new BaseUrlError(
			`The Gainsight domain "${raw}" must not contain a path, query or fragment; use e.g. "https://acme.gainsightcloud.com".`,
		);
	}
	if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
		throw new BaseUrlError('Plain http:// is only allowed for a local sandbox (localhost). Use https:// for a Gainsight tenant.');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new BaseUrlError(`The Gainsight domain must use https:// (got "${url.protocol}").`);
	}
	return `${url.protocol}//${url.host}`;
}
