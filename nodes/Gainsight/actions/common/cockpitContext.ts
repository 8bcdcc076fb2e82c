/** Reads what a cockpit record belongs to: a company (CompanyId) or a relationship (RelationshipId, EntityType RELATIONSHIP). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readLocatorGsid } from './locatorGsid';

export function readContext(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	if (ctx.getNodeParameter('entityType', itemIndex, 'COMPANY') === 'RELATIONSHIP') {
		return { EntityType: 'RELATIONSHIP', RelationshipId: readLocatorGsid(ctx, 'relationshipId', itemIndex, 'Relationship') };
	}
	return { CompanyId: readLocatorGsid(ctx, 'companyId', itemIndex, 'Company') };
}
