/**
 * A CTA's one output shape: the keys the CTA list answers (`POST /v2/cockpit/cta/list`, what Get,
 * Get Many and the trigger read): type, reason, status and priority by name as `TypeId__gr.Name`…
 * A write sends them as `type`, `reason`, `status`, `priority` (the CTA article's create sample).
 */
import type { IDataObject } from 'n8n-workflow';

import { renameKeys } from '../../helpers/recordShape';

const FROM_WRITE = {
	type: 'TypeId__gr.Name',
	reason: 'ReasonId__gr.Name',
	status: 'StatusId__gr.Name',
	priority: 'PriorityId__gr.Name',
} as const;

export const ctaOutput = (record: IDataObject): IDataObject => renameKeys(record, FROM_WRITE);
