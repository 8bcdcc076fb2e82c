/** A new success plan's objectives (CTAs of type Objective) and templates, read from the item. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { toDay } from '../../helpers/dates';
import { inputError, parseInput } from '../../helpers/inputError';
import { nodeOf } from '../../helpers/node';
import { textSchema } from '../../input/recordFields';

export const objectivesField: INodeProperties = {
	displayName: 'Objectives',
	name: 'objectives',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Objective',
	default: {},
	description: 'Objectives to create with the plan (CTAs of type Objective, owned by the plan owner unless given)',
	options: [
		{
			displayName: 'Objective',
			name: 'objective',
			values: [
				{ displayName: 'Name', name: 'Name', type: 'string', default: '', placeholder: 'e.g. Kick-off completed', description: 'The objective name' },
				{ displayName: 'Due Date', name: 'DueDate', type: 'dateTime', default: '', description: 'When the objective is due; sent as YYYY-MM-DD' },
				{
					displayName: 'Owner Email',
					name: 'OwnerEmail',
					type: 'string',
					default: '',
					placeholder: 'e.g. jane@example.com',
					description: "The objective owner's e-mail (default: the plan owner)",
				},
				{ displayName: 'Comments', name: 'Comments', type: 'string', default: '', placeholder: 'e.g. Measured in the QBR', description: 'Comments on the objective' },
			],
		},
	],
};

export const templatesField: INodeProperties = {
	displayName: 'Template Names',
	name: 'Templates',
	type: 'string',
	default: '',
	placeholder: 'e.g. Standard Onboarding, Renewal Readiness',
	description: 'Comma-separated names of success plan templates to apply: their objectives are added to the plan',
};

const emailSchema = textSchema.pipe(z.string().email('is not an email address'));

/** The Objectives rows → the records the API takes (empty fields left out). */
export function readObjectives(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const node = nodeOf(ctx);
	const rows = (ctx.getNodeParameter('objectives.objective', itemIndex, []) as IDataObject[]) ?? [];
	return rows.map((row, position) => {
		const label = `Objectives › Objective ${position + 1}`;
		const objective: IDataObject = { Name: parseInput(node, textSchema, row.Name, itemIndex, `${label} › Name`) };
		if (row.DueDate) {
			const day = toDay(row.DueDate);
			if (!day) throw inputError(node, itemIndex, `${label} › Due Date`, 'is not a date', 'Give a date as YYYY-MM-DD, e.g. 2026-05-09.');
			objective.DueDate = day;
		}
		if (row.OwnerEmail) objective.OwnerEmail = parseInput(node, emailSchema, row.OwnerEmail, itemIndex, `${label} › Owner Email`);
		if (row.Comments) objective.Comments = String(row.Comments);
		return objective;
	});
}

export function readTemplates(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
}
