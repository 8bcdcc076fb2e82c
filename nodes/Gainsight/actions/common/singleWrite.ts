/** Steps shared by the cockpit-style writes (task, goal, CTA, success plan): read + check every item, then `target.perCall` records a call, one output item each. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { prepareAll, toOutput } from '../../helpers/output';
import { mapRecords, type RecordMapper } from '../../helpers/recordShape';
import type { RecordResult } from '../../transport/writes/chunks';
import { writeRequests, type RequestTarget, type RequestWrite } from '../../transport/writes/requests';

/** The written records in the resource's output shape (see helpers/recordShape.ts). */
export const shaped = (results: RecordResult[], output: RecordMapper): RecordResult[] =>
	results.map((result) => (result.json ? { ...result, json: mapRecords(result.json, output) } : result));

export async function writeEachItem(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	target: RequestTarget,
	prepare: (itemIndex: number) => Omit<RequestWrite, 'itemIndex'>,
	output: RecordMapper,
): Promise<INodeExecutionData[]> {
	const { ready, failed } = prepareAll(ctx, items.length, prepare);
	const results = await writeRequests(
		ctx,
		target,
		ready.map(({ itemIndex, value }) => ({ itemIndex, ...value })),
		{ stopOnFirstError: !ctx.continueOnFail() },
	);
	return toOutput(ctx, [...failed, ...shaped(results, output)], 'written');
}
