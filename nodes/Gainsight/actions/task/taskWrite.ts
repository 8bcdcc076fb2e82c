/** Steps shared by Task Create and Update: read + check every item, one call each, one output item each. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { prepareAll, toOutput } from '../../helpers/output';
import { PATHS } from '../../transport/paths';
import { writeOneRecordPerCall, type SingleRecordWrite } from '../../transport/singleRecordWrites';

export async function writeTasks(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	method: 'POST' | 'PUT',
	prepare: (itemIndex: number) => Omit<SingleRecordWrite, 'itemIndex'>,
): Promise<INodeExecutionData[]> {
	const { ready, failed } = prepareAll(ctx, items.length, prepare);
	const results = await writeOneRecordPerCall(
		ctx,
		{ method, path: PATHS.task(), what: 'task' },
		ready.map(({ itemIndex, value }) => ({ itemIndex, ...value })),
		{ stopOnFirstError: !ctx.continueOnFail() },
	);
	return toOutput(ctx, [...failed, ...results]);
}
