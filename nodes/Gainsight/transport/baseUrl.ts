/**
 * What a user types as the tenant domain → the API's base URL, with the one set of host rules both
 * the node and the credential's Test button apply: `acme`, `acme.gainsightcloud.com` or
 * `https://acme.gainsightcloud.com`; https only, plain http only for a local sandbox on loopback;
 * no user name, path, query or fragment (each can send the key to another host).
 */

/**
 * The rules as one self-contained function (no imports, no outer names): the credential embeds its
 * source in the Test button's expression, so the button and the node cannot drift apart.
 * Returns the base URL, or `{ error }` saying what is wrong.
 */
export function baseUrlOf(domain: unknown): string | { error: string } {
	const raw = typeof domain === 'string' ? domain.trim() : '';
	if (!raw) return { error: 'The Gainsight domain is empty. Enter your tenant, e.g. "acme" or "acme.gainsightcloud.com".' };
	const hostname = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
	const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw);
	if (!scheme) {
		const host = raw.replace(/\/+$/, '').toLowerCase();
		if (/[/?#@\s\\:]/.test(host)) {
			return { error: `The Gainsight domain "${raw.slice(0, 100)}" must be a host name only, e.g. "acme.gainsightcloud.com", without a port, path, query or user name.` };
		}
		const full = host.includes('.') ? host : `${host}.gainsightcloud.com`;
		return hostname.test(full) ? `https://${full}` : { error: `The Gainsight domain "${raw.slice(0, 100)}" is not a valid host name.` };
	}
	const protocol = scheme[1].toLowerCase();
	const rest = raw.slice(scheme[0].length).replace(/\/+$/, '');
	if (/[@\s\\]/.test(rest)) return { error: 'The Gainsight domain must not contain a user name or password (or spaces); put the access key in its own field.' };
	if (/[/?#]/.test(rest)) {
		return { error: `The Gainsight domain "${raw.slice(0, 100)}" must not contain a path, query or fragment; use e.g. "https://acme.gainsightcloud.com".` };
	}
	const parts = /^(\[[0-9a-f:.]+\]|[^:]+)(?::(\d{1,5}))?$/i.exec(rest);
	const host = parts ? parts[1].toLowerCase() : '';
	if (!parts || (parts[2] !== undefined && Number(parts[2]) > 65535) || !(hostname.test(host) || /^\[[0-9a-f:.]+\]$/.test(host))) {
		return { error: `The Gainsight domain "${raw.slice(0, 100)}" is not a valid URL.` };
	}
	const loopback = host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
	if (protocol === 'http' && !loopback) {
		return { error: 'Plain http:// is only allowed for a local sandbox (localhost). Use https:// for a Gainsight tenant.' };
	}
	if (protocol !== 'https' && protocol !== 'http') return { error: `The Gainsight domain must use https:// (got "${protocol}:").` };
	return `${protocol}://${host}${parts[2] !== undefined ? `:${parts[2]}` : ''}`;
}

export class BaseUrlError extends Error {}

export function normalizeBaseUrl(domain: unknown): string {
	const url = baseUrlOf(domain);
	if (typeof url !== 'string') throw new BaseUrlError(url.error);
	return url;
}
