/**
 * A goal's one output shape: the keys the goal reads answer (`GET /v1/goals/{id}`, `POST /v1/goals/search`:
 * Gsid, Name, Status, TargetDate, CompanyId, CompanyName, OwnerId…). A create sends the create
 * article's names (`StatusName`, `DueDate`); an update sends and answers the read names already.
 */
import type { IDataObject } from 'n8n-workflow';

import { renameKeys } from '../../helpers/recordShape';

const FROM_CREATE = { StatusName: 'Status', DueDate: 'TargetDate' } as const;

export const goalOutput = (record: IDataObject): IDataObject => renameKeys(record, FROM_CREATE);
