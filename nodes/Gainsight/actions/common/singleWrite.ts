/** Steps shared by the one-record-a-call writes (task create/update, goal create): read + check every item, one call each, one output item each. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { prepareAll, toOutput } from '../../helpers/output';
import { writeOneRecordPerCall, type SingleRecordTarget, type SingleRecordWrite } from '../../transport/writes/oneRecord';

export async function writeEachItem(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	target: SingleRecordTarget,
	prepare: (itemIndex: number) => Omit<SingleRecordWrite, 'itemIndex'>,
): Promise<INodeExecutionData[]> {
	const { ready, failed } = prepareAll(ctx, items.length, prepare);
	const results = await writeOneRecordPerCall(
		ctx,
		target,
		ready.map(({ itemIndex, value }) => ({ itemIndex, ...value })),
		{ stopOnFirstError: !ctx.continueOnFail() },
	);
	return toOutput(ctx, [...failed, ...results], 'written');
}
