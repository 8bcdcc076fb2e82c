/** Reads one item's task fields, custom fields and lookups into the record the cockpit API takes, checked before any call. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { COMPANY_BY_NAME, OWNER_BY_EMAIL, readRecordFields, SHARED_FIELDS, type RecordSpec } from '../../input/recordFields';

const TASK: RecordSpec = {
	what: 'task',
	fields: {
		...SHARED_FIELDS,
		priority: { label: 'Priority', kind: 'text' },
		status: { label: 'Status', kind: 'text' },
		type: { label: 'Type', kind: 'text' },
	},
	byName: [OWNER_BY_EMAIL, COMPANY_BY_NAME],
};

export interface TaskWrite {
	record: IDataObject;
	lookups?: IDataObject;
}

/** `given`: the optional fields (Additional Fields, or Update Fields with the Due Date); `record`: fields already read. */
export function readTaskWrite(ctx: IExecuteFunctions, itemIndex: number, given: IDataObject, record: IDataObject = {}): TaskWrite {
	return readRecordFields(ctx, itemIndex, given, TASK, record);
}
