/** Searchable lists for the resource locators: objects, records of any object, CTAs, success plans, tasks, playbooks, goals. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { gainsightRequest } from '../transport/call';
import { describeObject, listObjects } from '../transport/metadata';
import { PATHS } from '../transport/paths';
import { cockpitWhere } from '../input/query';
import { queryPage, recordsOf } from '../transport/reads';
import { pickerObjectOf } from './pickerObject';

const PAGE_SIZE = 100;
/** The company's name, read through the CTA's (or plan's) CompanyId, as the Fetch CTA sample does. */
const COMPANY_NAME = 'CompanyId__gr.Name';

const nameFilter = (filter?: string) =>
	filter?.trim() ? { conditions: [{ name: 'Name', alias: 'A', value: [filter.trim()], operator: 'CONTAINS' }] } : undefined;

const pageOf = (token?: string) => (token && Number(token) > 0 ? Number(token) : 1);

const nextToken = (page: number, count: number) => (count === PAGE_SIZE ? String(page + 1) : undefined);

/** A cockpit list (CTAs, success plans: conditions name their field as `fieldName`) filtered on Name, named "Name (Company)". */
async function searchCockpitList(ctx: ILoadOptionsFunctions, path: string, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const pageNumber = pageOf(paginationToken);
	const body: IDataObject = { select: ['Gsid', 'Name', COMPANY_NAME], pageSize: PAGE_SIZE, pageNumber, orderBy: { Name: 'asc' } };
	const where = nameFilter(filter);
	if (where) body.where = cockpitWhere(where);
	const records = recordsOf(await gainsightRequest<unknown>(ctx, { method: 'POST', path, body })) ?? [];
	return {
		results: records.map((record) => ({
			name: record[COMPANY_NAME] ? `${String(record.Name)} (${String(record[COMPANY_NAME])})` : String(record.Name),
			value: String(record.Gsid),
		})),
		paginationToken: nextToken(pageNumber, records.length),
	};
}

export async function searchCtas(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchCockpitList(this, PATHS.ctaList(), filter, paginationToken);
}

export async function searchSuccessPlans(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchCockpitList(this, PATHS.successPlanList(), filter, paginationToken);
}

/** A `/search` endpoint (004/001 style: limit/offset, `{records}`) filtered on Name, named "Name (Company)". */
async function searchOnName(ctx: ILoadOptionsFunctions, path: string, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken) || 0;
	const body: IDataObject = { select: ['Gsid', 'Name', 'CompanyName'], limit: PAGE_SIZE, offset, orderBy: { Name: 'asc' } };
	const where = nameFilter(filter);
	if (where) body.where = where;
	const records = recordsOf(await gainsightRequest<unknown>(ctx, { method: 'POST', path, body })) ?? [];
	return {
		results: records.map((record) => ({
			name: record.CompanyName ? `${String(record.Name)} (${String(record.CompanyName)})` : String(record.Name),
			value: String(record.Gsid),
		})),
		paginationToken: records.length === PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined,
	};
}

export async function searchTasks(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchOnName(this, PATHS.taskSearch(), filter, paginationToken);
}

export async function searchGoals(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchOnName(this, PATHS.goalSearch(), filter, paginationToken);
}

/** Every playbook configuration (the API has no paging or name filter: filtered here). */
export async function searchPlaybooks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const playbooks = (await gainsightRequest<IDataObject[]>(this, { method: 'GET', path: PATHS.playbookConfig() })) ?? [];
	const wanted = filter?.trim().toLowerCase();
	return {
		results: playbooks
			.filter((playbook) => !wanted || String(playbook.name ?? '').toLowerCase().includes(wanted))
			.map((playbook) => ({
				name: playbook.typeName ? `${String(playbook.name)} (${String(playbook.typeName)})` : String(playbook.name),
				value: String(playbook.gsid),
			})),
	};
}

/** Records of `object` whose name contains the filter, 100 a page (a read with offset paging), named by `nameField`. */
async function searchRecordsOf(ctx: ILoadOptionsFunctions, object: string, nameField: string | undefined, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken) || 0;
	const body: IDataObject = { select: nameField ? ['Gsid', nameField] : ['Gsid'] };
	if (nameField) {
		body.orderBy = { [nameField]: 'asc' };
		if (filter?.trim()) body.where = { conditions: [{ name: nameField, alias: 'A', value: [filter.trim()], operator: 'CONTAINS' }] };
	}
	const records = await queryPage(ctx, object, body, { offset, size: PAGE_SIZE });
	return {
		results: records.map((record) => ({ name: nameField ? `${String(record[nameField])}` : String(record.Gsid), value: String(record.Gsid) })),
		paginationToken: records.length === PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined,
	};
}

/** Companies whose name contains the filter, 100 a page. */
export async function searchCompanies(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchRecordsOf(this, 'Company', 'Name', filter, paginationToken);
}

/** Relationships whose name contains the filter, 100 a page. */
export async function searchRelationships(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchRecordsOf(this, 'Relationship', 'Name', filter, paginationToken);
}

/** Records of the current resource's object, named by the object's name field (`Name` unless describe names another). */
export async function searchObjectRecords(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const object = pickerObjectOf(this);
	if (!object) return { results: [] };
	const fields = await describeObject(this, object);
	const nameField = fields.find((field) => field.meta?.nameField)?.fieldName ?? fields.find((field) => field.fieldName === 'Name')?.fieldName;
	return searchRecordsOf(this, object, nameField, filter, paginationToken);
}

/** The tenant's objects, by label and API name. */
export async function searchObjects(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const wanted = filter?.trim().toLowerCase();
	const objects = (await listObjects(this))
		.map((object) => ({ name: object.label && object.label !== object.objectName ? `${object.label} (${object.objectName})` : object.objectName, value: object.objectName }))
		.filter((object) => !wanted || object.name.toLowerCase().includes(wanted));
	return { results: objects.sort((a, b) => a.name.localeCompare(b.name)) };
}
