/** The trigger's boundary bookkeeping on its own (pure): what is emitted and what is remembered. */
import { advance, baseline, type Stamped } from '../nodes/GainsightTrigger/pollState';

const rec = (id: string, at: number): Stamped => ({ id, at, json: { Gsid: id } });
const ids = (records: Stamped[]) => records.map((record) => record.id);

describe('Trigger poll state', () => {
	it('baseline: the newest date and every ID at it; nothing read means "everything is new" (boundary 0)', () => {
		expect(baseline('k', [rec('a', 5), rec('b', 9), rec('c', 9)])).toEqual({ source: 'k', boundary: 9, idsAtBoundary: ['b', 'c'] });
		expect(baseline('k', [])).toEqual({ source: 'k', boundary: 0, idsAtBoundary: [] });
	});

	it('emits what is newer than the boundary, oldest first, and moves the boundary to the newest date read', () => {
		const { emit, next } = advance({ source: 'k', boundary: 9, idsAtBoundary: ['b'] }, [rec('b', 9), rec('e', 12), rec('d', 10)]);
		expect(ids(emit)).toEqual(['d', 'e']);
		expect(next).toEqual({ source: 'k', boundary: 12, idsAtBoundary: ['e'] });
	});

	it('a record at the boundary date not seen yet is emitted; the boundary keeps all IDs seen at that date', () => {
		const { emit, next } = advance({ source: 'k', boundary: 9, idsAtBoundary: ['b', 'c'] }, [rec('b', 9), rec('c', 9), rec('x', 9)]);
		expect(ids(emit)).toEqual(['x']);
		expect(next.idsAtBoundary).toEqual(['b', 'c', 'x']);
		expect(advance(next, [rec('b', 9), rec('c', 9), rec('x', 9)]).emit).toEqual([]);
	});

	it('a record read twice (pages that shifted) is emitted once; records older than the boundary are not emitted', () => {
		const { emit } = advance({ source: 'k', boundary: 9, idsAtBoundary: [] }, [rec('old', 3), rec('d', 10), rec('d', 10)]);
		expect(ids(emit)).toEqual(['d']);
	});

	it('a record updated again later (a new date) is emitted again: each version once', () => {
		const first = advance({ source: 'k', boundary: 0, idsAtBoundary: [] }, [rec('a', 5)]);
		expect(ids(first.emit)).toEqual(['a']);
		expect(ids(advance(first.next, [rec('a', 5)]).emit)).toEqual([]);
		expect(ids(advance(first.next, [rec('a', 8)]).emit)).toEqual(['a']);
	});
});
