import type { INodePropertyOptions, IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { inputError, parseInput } from '../../helpers/inputError';
import { PATHS } from '../../transport/paths';
import { textSchema } from '../../input/recordFields';
import { fieldsCollection } from '../common/recordFields.description';
import { goalLocator } from './goal.description';
import { writePerGoal } from './goalCall';
import { nodeOf } from '../../helpers/node';

/** A number, or text that is one (expressions often hand over "42"). */
const numberSchema = z.preprocess(
	(value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
	z.number({ invalid_type_error: 'must be a number' }).finite('must be a finite number'),
);

export const properties: INodeProperties[] = [
	goalLocator,
	{
		displayName: 'Metric Name',
		name: 'metricName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Weekly active users',
		description: 'What the metric measures',
	},
	{
		displayName: 'Target Value',
		name: 'targetValue',
		type: 'number',
		required: true,
		default: 0,
		description: 'The value the goal aims for',
	},
	fieldsCollection('Additional Fields', 'additionalFields', [
		{ displayName: 'Current Value', name: 'CurrentValue', type: 'number', default: 0, description: 'Where the metric stands now' },
		{ displayName: 'Unit', name: 'Unit', type: 'string', default: '', placeholder: 'e.g. users, %, tickets', description: 'What the values count' },
	]),
];


export const operation: INodePropertyOptions & { action: string } = { name: 'Add Metric', value: 'addMetric', description: 'Add a metric to a goal', action: 'Add a metric to a goal' };

/** Adds a metric to a goal (POST /v1/goals/{id}/metrics); outputs the metric Gainsight answers. */
export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return writePerGoal(this, items, { method: 'POST', path: PATHS.goalMetrics, idempotent: false }, (itemIndex) => {
		const node = nodeOf(this);
		const body: IDataObject = {
			Name: parseInput(node, textSchema, this.getNodeParameter('metricName', itemIndex, ''), itemIndex, 'Metric Name'),
			TargetValue: parseInput(node, numberSchema, this.getNodeParameter('targetValue', itemIndex, null), itemIndex, 'Target Value'),
		};
		const extra = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		for (const field of Object.keys(extra)) {
			if (field === 'CurrentValue') body.CurrentValue = parseInput(node, numberSchema, extra[field], itemIndex, 'Current Value');
			else if (field === 'Unit') body.Unit = parseInput(node, textSchema, extra[field], itemIndex, 'Unit');
			else throw inputError(node, itemIndex, field, 'is not a metric field this node knows');
		}
		return body;
	});
}
