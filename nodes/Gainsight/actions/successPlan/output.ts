/**
 * A success plan's one output shape: the keys the success plan list answers (`POST /v2/successPlan/list/`,
 * what Get and Get Many read): type and status by name as `TypeId__gr.Name`, `StatusId__gr.Name`.
 * A write sends them as `SuccessPlanType` and `status`.
 */
import type { IDataObject } from 'n8n-workflow';

import { renameKeys } from '../../helpers/recordShape';

const FROM_WRITE = { SuccessPlanType: 'TypeId__gr.Name', status: 'StatusId__gr.Name' } as const;

export const successPlanOutput = (record: IDataObject): IDataObject => renameKeys(record, FROM_WRITE);
