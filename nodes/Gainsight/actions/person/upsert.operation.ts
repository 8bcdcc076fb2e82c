/**
 * Create or Update a person with their company associations through the People API:
 * `PUT /v1/peoplemgmt/v1.0/people`, one person a call, the flat Person fields and
 * `companies: [{Company_ID, …Company_Person fields}]`. Gainsight finds the person by the tenant's
 * resolution key (Email unless an admin changed it) and inserts or updates. The path and body are
 * known from deployed clients (see the README); Gainsight's page:
 * https://support.gainsight.com/gainsight_nxt/API_and_Developer_Docs/Person_API/People_API_Documentation
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError, parseInput } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { prepareAll, toOutput } from '../../helpers/output';
import { itemParameter } from '../../helpers/parameters';
import { datesForWire, fieldsFromRows, readRecord } from '../../input/records';
import { gsidSchema } from '../../input/schemas';
import { PATHS } from '../../transport/paths';
import type { RecordResult } from '../../transport/writes/chunks';
import { callPerItem } from '../../transport/writes/perItemCalls';
import { noLookupsNotice } from '../common/lookups.description';
import { fieldRows } from '../common/records.description';
import type { OperationModule } from '../resource';
import { fieldsToIgnoreOption } from '../dataObject/description';
import { optionsCollection } from '../common/options.description';

export const PERSON = 'Person';
export const COMPANY_PERSON = 'Company_Person';

const properties: INodeProperties[] = [
	{
		displayName: 'Columns',
		name: 'columns',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		description: 'The Person fields to write; Gainsight finds the person by Email (or the resolution key your admin set)',
		typeOptions: {
			loadOptionsDependsOn: ['operation'],
			resourceMapper: {
				resourceMapperMethod: 'getObjectCreateFields',
				mode: 'add',
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: false,
				supportAutoMap: true,
			},
		},
	},
	{
		displayName: 'Company Associations',
		name: 'companies',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Company',
		default: {},
		description: 'Companies the person belongs to (Company Person records); each company must exist',
		options: [
			{
				displayName: 'Company',
				name: 'company',
				values: [
					{
						displayName: 'Company ID',
						name: 'companyId',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1P02MRXML1GRDV44YOYPEBMABN5JYVTAATP8',
						description: 'GSID of the company',
					},
					fieldRows('Association Fields', 'fields', 'Add Field', 'Company Person fields of this association, e.g. Title, Role, IsPrimaryCompany', 'getCompanyPersonFields'),
				],
			},
		],
	},
	noLookupsNotice('No lookups here: the People API takes the person and their companies only. Give each company by its GSID (a Company Get Many finds it by name).'),
	optionsCollection([fieldsToIgnoreOption]),
];

interface AssociationRow {
	companyId?: unknown;
	fields?: { field?: Array<{ name?: string; value?: unknown }> };
}

/** The `companies` of one item: each row's company GSID and its Company Person fields. */
function readCompanies(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const rows = (itemParameter(ctx, 'companies.company', itemIndex, []) as AssociationRow[]) ?? [];
	return rows.map((row, position) => {
		const label = `Company Associations › Company ${position + 1}`;
		const Company_ID = parseInput(nodeOf(ctx), gsidSchema, row.companyId, itemIndex, `${label} › Company ID`);
		const fields = fieldsFromRows(ctx, itemIndex, row.fields?.field ?? [], label, { Company_ID });
		return { Company_ID, ...fields };
	});
}

export const upsertPerson: OperationModule = {
	operation: {
		name: 'Create or Update',
		value: 'upsert',
		// n8n's scanner asks every upsert for these words; the action and the fields' descriptions say the rest
		description: 'Create a new record, or update the current one if it already exists (upsert)',
		action: 'Create or update a person',
	},
	properties,
	async execute(items) {
		const { ready, failed } = prepareAll(this, items.length, (itemIndex) => {
			const record = readRecord(this, itemIndex, items[itemIndex]);
			if (Object.hasOwn(record, 'companies')) {
				throw inputError(nodeOf(this), itemIndex, 'companies', 'is set as a field', 'Give the companies under "Company Associations".');
			}
			const companies = readCompanies(this, itemIndex);
			return { record, companies };
		});
		await datesForWire(this, PERSON, ready.map(({ value }) => value.record));
		const outcomes = await callPerItem(
			this,
			ready.map(({ itemIndex, value }) => ({
				itemIndex,
				spec: {
					method: 'PUT',
					path: PATHS.personUpsert(),
					body: { ...value.record, ...(value.companies.length ? { companies: value.companies } : {}) },
					write: true,
					itemIndex,
				},
			})),
			{ stopOnFirstError: !this.continueOnFail() },
		);
		const sent = new Map(ready.map(({ itemIndex, value }) => [itemIndex, value]));
		const results: RecordResult[] = outcomes.map(({ itemIndex, outcome }) => {
			if (outcome.kind !== 'ok') return { itemIndex, error: outcome.error };
			const data = outcome.envelope.data;
			const answer = data && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : {};
			const { record, companies } = sent.get(itemIndex)!;
			return { itemIndex, json: { ...record, ...(companies.length ? { companies } : {}), ...answer } };
		});
		return toOutput(this, [...failed, ...results], 'written');
	},
};
