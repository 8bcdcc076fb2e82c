/**
 * A task's one output shape: the keys the task reads answer (`GET /v1/tasks/{id}`, `POST /v1/tasks/search`:
 * Gsid, Name, CTAId, Status, Priority, Type, OwnerId, OwnerName, DueDate, CompletedDate…).
 * Writes answer what they sent, under the write API's names; a CTA's task list answers the names of
 * the task's lookups (`StatusId__gr.Name`…), as the Task and Playbook article's sample shows
 * (https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Cockpit_API/Task_and_Playbook_API).
 */
import type { IDataObject } from 'n8n-workflow';

import { renameKeys } from '../../helpers/recordShape';

const FROM_WRITE = { CtaId: 'CTAId', priority: 'Priority', status: 'Status', type: 'Type' } as const;

const FROM_LIST = {
	'StatusId__gr.Name': 'Status',
	'PriorityId__gr.Name': 'Priority',
	'TypeId__gr.Name': 'Type',
	'OwnerId__gr.Name': 'OwnerName',
	ClosedDate: 'CompletedDate',
} as const;

const NAMES = { ...FROM_WRITE, ...FROM_LIST };

/** A task a create or an update sent, with its Gsid (and, when a create was settled by reading the task list, what the list answered). */
export const taskOutput = (record: IDataObject): IDataObject => renameKeys(record, NAMES);

/** A task of a CTA's task list (`GET /v2/cockpit/task/list/{cta}`), with the CTA it was listed for. */
export const taskFromList = (cta: string) => (task: IDataObject): IDataObject => ({ CTAId: cta, ...taskOutput(task) });
