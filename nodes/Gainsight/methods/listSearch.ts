/** Searchable lists for the resource locators: companies, CTAs, tasks, playbooks, goals. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { PATHS } from '../transport/paths';
import { gainsightRequest } from '../transport/request';

const PAGE_SIZE = 100;

const nameFilter = (filter?: string) =>
	filter?.trim() ? { conditions: [{ name: 'Name', alias: 'A', value: [filter.trim()], operator: 'CONTAINS' }] } : undefined;

const pageOf = (token?: string) => (token && Number(token) > 0 ? Number(token) : 1);

const nextToken = (page: number, count: number) => (count === PAGE_SIZE ? String(page + 1) : undefined);

export async function searchCtas(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const pageNumber = pageOf(paginationToken);
	const body: IDataObject = { select: ['Gsid', 'Name', 'CompanyName'], pageSize: PAGE_SIZE, pageNumber, orderBy: { Name: 'asc' } };
	const where = nameFilter(filter);
	if (where) body.where = where;
	const ctas = (await gainsightRequest<IDataObject[]>(this, { method: 'POST', path: PATHS.ctaList(), body })) ?? [];
	return {
		results: ctas.map((cta) => ({
			name: cta.CompanyName ? `${String(cta.Name)} (${String(cta.CompanyName)})` : String(cta.Name),
			value: String(cta.Gsid),
		})),
		paginationToken: nextToken(pageNumber, ctas.length),
	};
}

/** A `/search` endpoint (004/001 style: limit/offset, `{records}`) filtered on Name, named "Name (Company)". */
async function searchOnName(ctx: ILoadOptionsFunctions, path: string, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken) || 0;
	const body: IDataObject = { select: ['Gsid', 'Name', 'CompanyName'], limit: PAGE_SIZE, offset, orderBy: { Name: 'asc' } };
	const where = nameFilter(filter);
	if (where) body.where = where;
	const data = await gainsightRequest<{ records?: IDataObject[] }>(ctx, { method: 'POST', path, body });
	const records = data?.records ?? [];
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

/** Companies whose name contains the filter, 100 a page (a Company read, offset paging). */
export async function searchCompanies(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken) || 0;
	const body: IDataObject = { select: ['Gsid', 'Name'], limit: PAGE_SIZE, offset, orderBy: { Name: 'asc' } };
	const where = nameFilter(filter);
	if (where) body.where = where;
	const data = await gainsightRequest<unknown>(this, { method: 'POST', path: PATHS.objectQuery('Company'), body, noMatchIsEmpty: true });
	const companies = Array.isArray(data) ? (data as IDataObject[]) : [];
	return {
		results: companies.map((company) => ({ name: String(company.Name), value: String(company.Gsid) })),
		paginationToken: companies.length === PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined,
	};
}
