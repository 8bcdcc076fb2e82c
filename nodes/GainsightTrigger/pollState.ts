/**
 * What a poll emits and remembers. The boundary is the newest date seen (from Gainsight's own
 * records, never this machine's clock), plus the IDs already emitted at exactly that date: the next
 * poll reads `date ≥ boundary` and drops those IDs, so records that share the boundary date are
 * neither missed (written after the poll, same millisecond) nor emitted twice.
 */
import type { IDataObject } from 'n8n-workflow';

export interface PollState {
	/** Which source and event the boundary belongs to; another one starts over. */
	source: string;
	/** Epoch ms of the newest record seen. */
	boundary: number;
	/** IDs already emitted (or seen at the baseline) with exactly that date. */
	idsAtBoundary: string[];
}

export interface Stamped {
	id: string;
	at: number;
	json: IDataObject;
}

/** The first poll's state: everything up to the newest record now is "before activation". */
export function baseline(source: string, newest: Stamped[]): PollState {
	const boundary = newest.reduce((top, record) => Math.max(top, record.at), 0);
	return { source, boundary, idsAtBoundary: [...new Set(newest.filter((record) => record.at === boundary).map((record) => record.id))] };
}

/** From records read with date ≥ boundary: the new ones (oldest first) and the next state. */
export function advance(state: PollState, read: Stamped[]): { emit: Stamped[]; next: PollState } {
	const seen = new Set(state.idsAtBoundary);
	const emitted = new Set<string>();
	const emit = read
		.filter((record) => record.at > state.boundary || (record.at === state.boundary && !seen.has(record.id)))
		.sort((a, b) => a.at - b.at)
		.filter((record) => !emitted.has(record.id) && emitted.add(record.id));
	const boundary = read.reduce((top, record) => Math.max(top, record.at), state.boundary);
	const atBoundary = read.filter((record) => record.at === boundary).map((record) => record.id);
	const idsAtBoundary = boundary === state.boundary ? [...new Set([...state.idsAtBoundary, ...atBoundary])] : [...new Set(atBoundary)];
	return { emit, next: { source: state.source, boundary, idsAtBoundary } };
}
