/**
 * What an answer's headers say about the rate limit.
 *
 * Gainsight documents no Retry-After header. The Timeline API's page names `x-ratelimit-limit`
 * (showing the per-hour and per-day limits) but its remaining and reset headers are only in a
 * screenshot (https://support.gainsight.com/Gainsight_NXT/API_and_Developer_Docs/Timeline_API/Timeline_APIs,
 * "Throttling Limits"), so the common spellings are read: `x-ratelimit-*`, the IETF draft's
 * `ratelimit-*` and `x-rate-limit-*`. A limit is a bare number (the window's) or a list of
 * `N;w=<seconds>` policies; a reset is seconds from now, or an epoch time in seconds or ms.
 */
export interface RateLimitHint {
	/** Calls allowed in one window of the quota's length. */
	windowLimit?: number;
	/** Calls allowed in a day. */
	dailyLimit?: number;
	/** Calls left until `resetAt`. */
	remaining?: number;
	/** When the count behind `remaining` starts over (epoch ms). */
	resetAt?: number;
}

const PREFIXES = ['x-ratelimit-', 'ratelimit-', 'x-rate-limit-'];
const DAY_SECONDS = 86_400;

function lowerCased(headers: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
	return out;
}

function text(value: unknown): string | undefined {
	const first = Array.isArray(value) ? (value as unknown[])[0] : value;
	return typeof first === 'string' || typeof first === 'number' ? String(first).trim() : undefined;
}

function rateLimitHeader(headers: Record<string, unknown>, suffix: string): string | undefined {
	for (const prefix of PREFIXES) {
		const value = text(headers[prefix + suffix]);
		if (value) return value;
	}
	return undefined;
}

/** A whole number >= 0 at the start of `value` ("17", "17;w=60"), else undefined. */
function count(value: string): number | undefined {
	const match = /^\s*(\d+)/.exec(value);
	return match ? Number(match[1]) : undefined;
}

/** The limits a limit header gives: each `N;w=S` by its window; a single bare number is the window's. */
function limits(value: string, windowMs: number): Pick<RateLimitHint, 'windowLimit' | 'dailyLimit'> {
	const entries = value.split(',').filter((entry) => entry.trim() !== '');
	const out: Pick<RateLimitHint, 'windowLimit' | 'dailyLimit'> = {};
	for (const entry of entries) {
		const calls = count(entry);
		if (calls === undefined || calls < 1) continue;
		const window = /;\s*w\s*=\s*(\d+(?:\.\d+)?)/.exec(entry);
		const seconds = window ? Number(window[1]) : undefined;
		if (seconds === undefined ? entries.length === 1 : seconds * 1000 === windowMs) out.windowLimit = Math.min(out.windowLimit ?? calls, calls);
		else if (seconds === DAY_SECONDS) out.dailyLimit = Math.min(out.dailyLimit ?? calls, calls);
	}
	return out;
}

/** A reset header as epoch ms: seconds from now, epoch seconds, epoch ms or an HTTP date. */
function resetTime(value: string, now: number): number | undefined {
	const number = Number(value.split(/[,;]/)[0]);
	if (!Number.isFinite(number)) {
		const date = Date.parse(value);
		return Number.isFinite(date) ? date : undefined;
	}
	if (number < 0) return undefined;
	if (number > 1e12) return number;
	if (number > 1e9) return number * 1000;
	return now + number * 1000;
}

export function rateLimitHint(headers: Record<string, unknown>, windowMs: number, now: number): RateLimitHint {
	const named = lowerCased(headers);
	const limit = rateLimitHeader(named, 'limit');
	const remaining = rateLimitHeader(named, 'remaining');
	const reset = rateLimitHeader(named, 'reset');
	return {
		...(limit ? limits(limit, windowMs) : {}),
		remaining: remaining === undefined ? undefined : count(remaining),
		resetAt: reset === undefined ? undefined : resetTime(reset, now),
	};
}

/** Retry-After in ms (seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(headers: Record<string, unknown>, now: number): number | undefined {
	const value = text(lowerCased(headers)['retry-after']);
	if (value === undefined || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const date = Date.parse(value);
	return Number.isFinite(date) ? Math.max(date - now, 0) : undefined;
}
