/** Pure transport functions, no sandbox. */
import { waitUnlessAborted } from '../nodes/Gainsight/helpers/wait';
import { normalizeBaseUrl, BaseUrlError } from '../nodes/Gainsight/transport/baseUrl';
import { chunk, groupBy } from '../nodes/Gainsight/transport/writes/chunks';
import { keyTuple } from '../nodes/Gainsight/transport/writes/dataObjects';
import { fieldFailures } from '../nodes/Gainsight/transport/envelope';
import { buildLookups, lookupRowsFromParameter, lookupSourceFields } from '../nodes/Gainsight/input/lookups';
import { readPages, type PageRequest } from '../nodes/Gainsight/transport/pages';
import { CallPacer } from '../nodes/Gainsight/transport/pacing';
import { aliasFor, buildReadBody, checkExpression, QueryError } from '../nodes/Gainsight/input/query';
import { lookupRowSchema, type LookupRow } from '../nodes/Gainsight/input/schemas';
import { ARTICLE_CSM_LOOKUPS, CSM_LOOKUP_ROW } from './support';

describe('normalizeBaseUrl', () => {
	it.each([
		['acme', 'https://acme.gainsightcloud.com'],
		['  Acme  ', 'https://acme.gainsightcloud.com'],
		['acme.gainsightcloud.com', 'https://acme.gainsightcloud.com'],
		['acme.gainsightcloud.com/', 'https://acme.gainsightcloud.com'],
		['https://acme.gainsightcloud.com/', 'https://acme.gainsightcloud.com'],
		['https://acme.gainsightcloud.com', 'https://acme.gainsightcloud.com'],
		['HTTPS://ACME.gainsightcloud.com', 'https://acme.gainsightcloud.com'],
		['https://eu.gainsightcloud.com:8443', 'https://eu.gainsightcloud.com:8443'],
		['http://localhost:5679', 'http://localhost:5679'],
		['http://127.0.0.1:5679/', 'http://127.0.0.1:5679'],
		['http://[::1]:5679', 'http://[::1]:5679'],
	])('accepts %j as %s', (domain, expected) => {
		expect(normalizeBaseUrl(domain)).toBe(expected);
	});

	it.each([
		['http://evil.com', /http/],
		['http://localhost.evil.com', /http/],
		['http://127.0.0.1.evil.com', /http/],
		['https://acme.com/path', /path/],
		['https://acme.gainsightcloud.com/v1/data', /path/],
		['https://acme.gainsightcloud.com?x=1', /query/],
		['https://acme.gainsightcloud.com#frag', /fragment/],
		['https://u:p@acme.com', /user name or password/],
		['https://u@acme.com', /user name/],
		['acme.com?x=1', /host name only/],
		['acme.com/path', /host name only/],
		['user@acme.com', /host name only/],
		['acme .com', /host name only/],
		['ftp://acme.gainsightcloud.com', /https/],
		['javascript:alert(1)', /./],
		['', /empty/],
		['   ', /empty/],
		[undefined, /empty/],
		[42, /empty/],
		['-acme', /valid host name/],
	])('rejects %j', (domain, message) => {
		expect(() => normalizeBaseUrl(domain)).toThrow(BaseUrlError);
		expect(() => normalizeBaseUrl(domain)).toThrow(message);
	});
});

describe('checkExpression', () => {
	const ABC = ['A', 'B', 'C'];
	it.each([
		['A', 'A'],
		['A OR B', 'A OR B'],
		['a and b', 'A AND B'],
		['A OR (B AND C)', 'A OR (B AND C)'],
		['(A OR B) AND C', '(A OR B) AND C'],
		['  ( ( A ) )  ', '((A))'],
		['A AND(B OR C)', 'A AND (B OR C)'],
	])('accepts %j as %j', (expression, normalized) => {
		expect(checkExpression(expression, ABC)).toBe(normalized);
	});

	it.each([
		['A AND Z', /"Z".*A, B, C/],
		['A AND', /incomplete/],
		['AND A', /without a condition before/],
		['A B', /needs AND or OR/],
		['(A OR B', /incomplete/],
		['A OR B)', /unmatched/],
		['()', /misplaced/],
		['A (B)', /where AND or OR belongs/],
		['A & B', /"&"/],
		['', /incomplete/],
		['D', /"D"/],
	])('rejects %j', (expression, message) => {
		let caught: unknown;
		try {
			checkExpression(expression, ABC);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(QueryError);
		expect((caught as QueryError).field).toBe('Combine Conditions');
		expect((caught as QueryError).message).toMatch(message);
	});

	it('knows only the aliases it is given', () => {
		expect(() => checkExpression('A OR B', ['A'])).toThrow(/"B"/);
		expect(checkExpression('AA OR AB', ['AA', 'AB'])).toBe('AA OR AB');
	});
});

describe('aliasFor', () => {
	it.each([
		[0, 'A'],
		[1, 'B'],
		[25, 'Z'],
		[26, 'AA'],
		[27, 'AB'],
		[51, 'AZ'],
		[52, 'BA'],
		[701, 'ZZ'],
		[702, 'AAA'],
	])('%i → %s', (index, alias) => {
		expect(aliasFor(index)).toBe(alias);
	});

	it('gives 1000 distinct aliases', () => {
		expect(new Set(Array.from({ length: 1000 }, (_, index) => aliasFor(index))).size).toBe(1000);
	});
});

describe('buildReadBody', () => {
	it('builds the article\'s body: conditions with aliases, expression, orderBy', () => {
		const body = buildReadBody({
			select: ['Name', 'RenewalDate'],
			conditions: [
				{ field: 'RenewalDate', operator: 'BTW', value: '2018-03-22', valueTo: '2018-05-21' },
				{ field: 'Stage', operator: 'IN', value: 'New Customer, Kicked Off,Launched' },
			],
			expression: 'A or B',
			orderBy: [
				{ field: 'RenewalDate', direction: 'asc' },
				{ field: 'Name', direction: 'desc' },
			],
		});
		expect(body).toEqual({
			select: ['Name', 'RenewalDate'],
			where: {
				conditions: [
					{ name: 'RenewalDate', alias: 'A', value: ['2018-03-22', '2018-05-21'], operator: 'BTW' },
					{ name: 'Stage', alias: 'B', value: ['New Customer', 'Kicked Off', 'Launched'], operator: 'IN' },
				],
				expression: 'A OR B',
			},
			orderBy: { RenewalDate: 'asc', Name: 'desc' },
		});
	});

	it('no conditions: no where; conditions without expression: no expression (all must match)', () => {
		expect(buildReadBody({ select: [], conditions: [], orderBy: [] })).toEqual({ select: [] });
		expect(buildReadBody({ select: [], conditions: [{ field: 'Name', operator: 'EQ', value: 'Acme' }], orderBy: [], expression: '  ' })).toEqual({
			select: [],
			where: { conditions: [{ name: 'Name', alias: 'A', value: ['Acme'], operator: 'EQ' }] },
		});
	});

	it('keeps numbers and booleans as they are', () => {
		const body = buildReadBody({ select: [], conditions: [{ field: 'ARR', operator: 'GT', value: 5 }], orderBy: [] });
		expect((body.where as { conditions: Array<{ value: unknown[] }> }).conditions[0].value).toEqual([5]);
	});

	it.each([
		[{ field: 'ARR', operator: 'BTW' as const, value: '1' }, /Value To/],
		[{ field: 'ARR', operator: 'IS_NULL' as const, value: '1' }, /no value/],
		[{ field: 'ARR', operator: 'EQ' as const, value: ' ' }, /needs a value/],
		[{ field: 'ARR', operator: 'IN' as const, value: ' , ' }, /at least one value/],
		[{ field: 'ARR', operator: 'GT' as const, value: '1', valueTo: '2' }, /Value To/],
	])('refuses %j naming the condition', (row, message) => {
		expect(() => buildReadBody({ select: [], conditions: [row], orderBy: [] })).toThrow(message);
		try {
			buildReadBody({ select: [], conditions: [row], orderBy: [] });
		} catch (error) {
			expect((error as QueryError).field).toBe(`Condition 1 (ARR ${row.operator})`);
		}
	});

	it('refuses an expression without conditions, and a sort field named twice', () => {
		expect(() => buildReadBody({ select: [], conditions: [], orderBy: [], expression: 'A' })).toThrow(QueryError);
		expect(() =>
			buildReadBody({
				select: [],
				conditions: [],
				orderBy: [
					{ field: 'Name', direction: 'asc' },
					{ field: 'Name', direction: 'desc' },
				],
			}),
		).toThrow(/twice/);
	});
});

describe('lookups', () => {
	const rows = (parameter: Parameters<typeof lookupRowsFromParameter>[0]) =>
		lookupRowsFromParameter(parameter).map((row) => lookupRowSchema.parse(row) as LookupRow);

	it('buildLookups gives the article\'s shape', () => {
		const parsed = rows({
			lookup: [
				CSM_LOOKUP_ROW,
				{
					targetField: 'ParentCompany',
					objectName: 'company',
					matchFields: { match: [{ sourceField: 'ParentCompanyName', matchField: 'Name' }] },
				},
			],
		});
		expect(buildLookups(parsed)).toEqual({
			...ARTICLE_CSM_LOOKUPS,
			ParentCompany: {
				fields: { ParentCompanyName: 'Name' },
				lookupField: 'Gsid',
				objectName: 'company',
				multiMatchOption: 'FIRSTMATCH',
				onNoMatch: 'ERROR',
			},
		});
		expect(lookupSourceFields(parsed)).toEqual(['CSMFirstName', 'CSMLastName', 'ParentCompanyName']);
	});

	it('no lookup rows: no `lookups` at all', () => {
		expect(buildLookups([])).toBeUndefined();
		expect(lookupRowsFromParameter(undefined)).toEqual([]);
		expect(lookupRowsFromParameter({})).toEqual([]);
	});

	it('a row without match fields or with an unknown object is refused by the schema', () => {
		const [noMatch] = lookupRowsFromParameter({ lookup: [{ targetField: 'CSM', objectName: 'gsuser' }] });
		expect(lookupRowSchema.safeParse(noMatch).success).toBe(false);
		const [badObject] = lookupRowsFromParameter({
			lookup: [{ targetField: 'CSM', objectName: 'cs_task', matchFields: { match: [{ sourceField: 'A', matchField: 'B' }] } }],
		});
		expect(lookupRowSchema.safeParse(badObject).success).toBe(false);
	});
});

describe('readPages', () => {
	/** A server with `total` records that answers at most `size` records from `offset`. */
	function offsetServer(total: number) {
		const requests: PageRequest[] = [];
		const fetch = async (page: PageRequest) => {
			requests.push(page);
			return Array.from({ length: Math.max(0, Math.min(page.size, total - page.offset)) }, (_, index) => page.offset + index);
		};
		return { requests, fetch };
	}

	it('offset mode, all records: pages until a short page', async () => {
		const server = offsetServer(12);
		const records = await readPages('offset', 5, undefined, server.fetch);
		expect(records).toEqual(Array.from({ length: 12 }, (_, index) => index));
		expect(server.requests.map((request) => [request.offset, request.size])).toEqual([
			[0, 5],
			[5, 5],
			[10, 5],
		]);
	});

	it('offset mode, all records, an exact multiple of the page: one more call that comes back empty', async () => {
		const server = offsetServer(10);
		expect(await readPages('offset', 5, undefined, server.fetch)).toHaveLength(10);
		expect(server.requests.map((request) => request.offset)).toEqual([0, 5, 10]);
	});

	it('offset mode with a limit: asks only for what is still wanted and stops at the limit', async () => {
		const server = offsetServer(100);
		const records = await readPages('offset', 5, 7, server.fetch);
		expect(records).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(server.requests.map((request) => [request.offset, request.size])).toEqual([
			[0, 5],
			[5, 2],
		]);
	});

	it('offset mode, a limit that is a multiple of the page: no extra call', async () => {
		const server = offsetServer(100);
		expect(await readPages('offset', 5, 10, server.fetch)).toHaveLength(10);
		expect(server.requests).toHaveLength(2);
	});

	it('offset mode, an empty first page: one call, no records', async () => {
		const server = offsetServer(0);
		expect(await readPages('offset', 5, undefined, server.fetch)).toEqual([]);
		expect(server.requests).toHaveLength(1);
	});

	/** Like offsetServer, but every answer takes a few turns of the event loop and may carry a total; counts calls in flight. */
	function slowServer(records: number, reportedTotal?: number) {
		const requests: PageRequest[] = [];
		let inFlight = 0;
		let maxInFlight = 0;
		const fetch = async (page: PageRequest) => {
			requests.push(page);
			maxInFlight = Math.max(maxInFlight, ++inFlight);
			for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
			inFlight--;
			const rows = Array.from({ length: Math.max(0, Math.min(page.size, records - page.offset)) }, (_, index) => page.offset + index);
			return reportedTotal === undefined ? rows : { records: rows, total: reportedTotal };
		};
		return { requests, fetch, maxInFlight: () => maxInFlight };
	}

	it('with a total in the answer: the first page alone, then the announced pages side by side (Concurrent Calls), records in order', async () => {
		const server = slowServer(23, 23);
		const records = await readPages('offset', 5, undefined, server.fetch, { concurrency: 3 });
		expect(records).toEqual(Array.from({ length: 23 }, (_, index) => index));
		expect(server.requests[0].offset).toBe(0);
		expect(server.requests.map((request) => request.offset).sort((a, b) => a - b)).toEqual([0, 5, 10, 15, 20]);
		expect(server.maxInFlight()).toBe(3);
	});

	it('with a total that is too small (records added meanwhile): reading goes on a page at a time while pages are full, nothing is lost', async () => {
		const server = slowServer(17, 10);
		const records = await readPages('offset', 5, undefined, server.fetch, { concurrency: 4 });
		expect(records).toEqual(Array.from({ length: 17 }, (_, index) => index));
		expect(server.requests.map((request) => request.offset)).toEqual([0, 5, 10, 15]);
	});

	it('without a total: one page at a time, whatever the concurrency', async () => {
		const server = slowServer(23);
		expect(await readPages('offset', 5, undefined, server.fetch, { concurrency: 4 })).toHaveLength(23);
		expect(server.maxInFlight()).toBe(1);
		expect(server.requests).toHaveLength(5);
	});

	it('without a total, a read costs at most one call past its last record: 12 records in pages of 5 are 3 calls, 10 records 3 calls (the last empty)', async () => {
		for (const [records, calls] of [[12, 3], [10, 3], [3, 1]]) {
			const server = slowServer(records);
			expect(await readPages('offset', 5, undefined, server.fetch, { concurrency: 4 })).toHaveLength(records);
			expect(server.requests).toHaveLength(calls);
		}
	});

	it('a server that answers a record it already answered (no progress) stops the read with a clear error', async () => {
		const read = readPages('offset', 5, undefined, async () => Array.from({ length: 5 }, (_, index) => ({ Gsid: `same-${index}` })));
		await expect(read).rejects.toThrow(/page 2 with a record it already answered on page 1 \(ID same-0\): the read is not moving forward/);
	});

	it('a server whose pages never run dry (or whose total is absurd) is stopped past a sane bound, not read forever', async () => {
		let calls = 0;
		const endless = async (page: PageRequest) => (calls++, { records: Array.from({ length: page.size }, (_, index) => page.offset + index), total: 1e12 });
		await expect(readPages('offset', 100_000, undefined, endless, { concurrency: 4 })).rejects.toThrow(/more than 1,000,000 records/);
		expect(calls).toBeLessThanOrEqual(11);
	});

	it('a page that fails fails the read once the calls in flight are done, and no page is started after the failure', async () => {
		const requests: number[] = [];
		let inFlight = 0;
		const read = readPages('offset', 5, undefined, async (page) => {
			requests.push(page.offset);
			inFlight++;
			// page 3 fails at once, page 4 (in flight beside it) takes longer
			for (let turn = 0; turn < (page.offset === 15 ? 5 : 1); turn++) await new Promise((resolve) => setImmediate(resolve));
			inFlight--;
			if (page.offset === 10) throw new Error('page 3 refused');
			return { records: [1, 2, 3, 4, 5], total: 100 };
		}, { concurrency: 2 });
		await expect(read).rejects.toThrow('page 3 refused');
		expect(inFlight).toBe(0);
		const started = requests.length;
		await new Promise((resolve) => setImmediate(resolve));
		expect(requests).toHaveLength(started);
		expect(started).toBeLessThanOrEqual(4);
	});

	it('a server that answers more than asked is cut at the limit', async () => {
		const records = await readPages('offset', 5, 3, async () => [1, 2, 3, 4, 5, 6]);
		expect(records).toEqual([1, 2, 3]);
	});

	it('pageNumber mode: fixed page size, page numbers from 1, stops at a short page', async () => {
		const requests: PageRequest[] = [];
		const total = 7;
		const records = await readPages('pageNumber', 3, undefined, async (page) => {
			requests.push(page);
			const start = (page.pageNumber - 1) * page.size;
			return Array.from({ length: Math.max(0, Math.min(page.size, total - start)) }, (_, index) => start + index);
		});
		expect(records).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(requests.map((request) => [request.pageNumber, request.size])).toEqual([
			[1, 3],
			[2, 3],
			[3, 3],
		]);
	});

	it('pageNumber mode with a limit: keeps the page size (pages stay aligned) and cuts at the limit', async () => {
		const requests: PageRequest[] = [];
		const records = await readPages('pageNumber', 3, 5, async (page) => {
			requests.push(page);
			const start = (page.pageNumber - 1) * page.size;
			return [start, start + 1, start + 2];
		});
		expect(records).toEqual([0, 1, 2, 3, 4]);
		expect(requests.map((request) => [request.pageNumber, request.size])).toEqual([
			[1, 3],
			[2, 3],
		]);
	});

	it('pageNumber mode, an empty page: stops', async () => {
		let callsMade = 0;
		expect(await readPages('pageNumber', 3, undefined, async () => (callsMade++, []))).toEqual([]);
		expect(callsMade).toBe(1);
	});
});

describe('batch helpers', () => {
	it('chunk splits in order at the size', () => {
		expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(chunk([], 50)).toEqual([]);
		expect(chunk(Array.from({ length: 120 }), 50).map((part) => part.length)).toEqual([50, 50, 20]);
	});

	it('groupBy keeps first-seen order of groups and of members', () => {
		expect(groupBy(['a1', 'b1', 'a2', 'c1', 'b2'], (value) => value[0])).toEqual([['a1', 'a2'], ['b1', 'b2'], ['c1']]);
	});

	it('keyTuple compares like Gainsight (case, blanks, numbers as text)', () => {
		expect(keyTuple({ ExternalId__gc: ' EXT-1 ' }, ['ExternalId__gc'])).toBe(keyTuple({ ExternalId__gc: 'ext-1' }, ['ExternalId__gc']));
		expect(keyTuple({ Employees: 280 }, ['Employees'])).toBe(keyTuple({ Employees: '280' }, ['Employees']));
		expect(keyTuple({ A: 'x', B: 'y' }, ['A', 'B'])).not.toBe(keyTuple({ A: 'xy', B: '' }, ['A', 'B']));
	});

	it('fieldFailures reads the article\'s error shape', () => {
		const envelope = {
			result: false,
			errorCode: 'GSOBJ_1005',
			errorDesc: 'Invalid dateTime format (OriginalContractDate =210318).',
			requestId: '39f58495-8f05-4344-8542-ca44ac9afeb8',
			message: null,
			data: {
				count: 0,
				errors: [
					[
						{
							success: false,
							parsedValue: 210318,
							errors: [
								{ errorMessage: 'Invalid dateTime format', errorCode: 'GSOBJ_1005', fieldName: 'OriginalContractDate', invalidValue: 210318 },
							],
						},
					],
				],
				records: null,
			},
		};
		expect(fieldFailures(envelope)).toEqual([
			{ errorCode: 'GSOBJ_1005', errorMessage: 'Invalid dateTime format', fieldName: 'OriginalContractDate', invalidValue: 210318, parsedValue: 210318 },
		]);
		expect(fieldFailures({ ...envelope, data: null })).toEqual([]);
	});
});

describe('CallPacer', () => {
	it('lets `quota` calls start in any window (plus a 2% margin), then says how long the next must wait', () => {
		let now = 0;
		const pacer = new CallPacer(3, 1000, () => now);
		const takeAt = (time: number) => {
			now = time;
			const wait = pacer.waitMs();
			if (wait === 0) (pacer as unknown as { starts: number[] }).starts.push(now);
			return wait;
		};
		expect([takeAt(0), takeAt(400), takeAt(800)]).toEqual([0, 0, 0]);
		expect(takeAt(900)).toBe(120); // the call at 0 leaves the window at 1020
		expect(takeAt(1020)).toBe(0);
		expect(takeAt(1100)).toBe(320); // now the call at 400 is the oldest in the window
		expect(takeAt(1420)).toBe(0);
	});

	it('follows a changed quota', () => {
		const now = 0;
		const pacer = new CallPacer(1, 1000, () => now);
		(pacer as unknown as { starts: number[] }).starts.push(0);
		expect(pacer.waitMs()).toBe(1020);
		pacer.configure(2, 1000);
		expect(pacer.waitMs()).toBe(0);
	});
});

describe('waitUnlessAborted', () => {
	it('ends at once with false when the signal aborts during the wait, and with true when the wait runs out', async () => {
		const controller = new AbortController();
		const waiting = waitUnlessAborted(60_000, controller.signal);
		controller.abort();
		expect(await waiting).toBe(false);
		expect(await waitUnlessAborted(1, new AbortController().signal)).toBe(true);
		expect(await waitUnlessAborted(1)).toBe(true);
		expect(await waitUnlessAborted(60_000, AbortSignal.abort())).toBe(false);
	});
});
