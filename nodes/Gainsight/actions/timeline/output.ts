/**
 * A timeline activity's one output shape: the keys Get Many reads from `activity_timeline`
 * (Gsid, ExternalId, ContextName, GsCompanyId, TypeName, Subject, Notes, ActivityDate…). A write
 * answers the activity's GSID as `activityId`, and sends ActivityDate in the Timeline API's form
 * (`…+0000`), shown here as the ISO 8601 text the reads give (`…Z`).
 */
import type { IDataObject } from 'n8n-workflow';

import { renameKeys } from '../../helpers/recordShape';

const FROM_WRITE = { activityId: 'Gsid' } as const;

export function activityOutput(record: IDataObject): IDataObject {
	const out = renameKeys(record, FROM_WRITE);
	if (typeof out.ActivityDate === 'string') out.ActivityDate = out.ActivityDate.replace(/\+0000$/, 'Z');
	return out;
}
