/**
 * A playbook's one output shape: the keys Get answers (`GET /v1/playbooks/{id}`: Gsid, Name,
 * CTATypeId, TypeName, EntityType, IsActive…). The playbook configuration list that Get Many reads
 * (`GET /v2/cockpit/admin/playbook`) names them in camel case (`gsid`, `name`, `typeId`…).
 */
import type { IDataObject } from 'n8n-workflow';

import { renameKeys } from '../../helpers/recordShape';

const FROM_CONFIG_LIST = {
	gsid: 'Gsid',
	name: 'Name',
	active: 'IsActive',
	entityType: 'EntityType',
	entityId: 'EntityId',
	typeId: 'CTATypeId',
	typeName: 'TypeName',
} as const;

export const playbookOutput = (record: IDataObject): IDataObject => renameKeys(record, FROM_CONFIG_LIST);
