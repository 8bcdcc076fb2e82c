/** Every field a user fills in says what it takes: a description, and for text fields an example. */
import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { Gainsight } from '../nodes/Gainsight/Gainsight.node';
import { GainsightTrigger } from '../nodes/GainsightTrigger/GainsightTrigger.node';

function fields(properties: INodeProperties[], path = ''): Array<{ path: string; field: INodeProperties }> {
	return properties.flatMap((field) => {
		const here = `${path}/${field.name}`;
		const nested = (field.options ?? []).flatMap((option) => {
			if ('values' in option) return fields((option as INodePropertyCollection).values, `${here}/${option.name}`);
			if ('type' in option) return fields([option as INodeProperties], here);
			return [];
		});
		return [{ path: here, field }, ...nested];
	});
}

describe.each([
	['Gainsight', new Gainsight().description.properties],
	['Gainsight Trigger', new GainsightTrigger().description.properties],
])('%s node fields', (_name, properties) => {
	const all = fields(properties);

	it('every text field has a placeholder', () => {
		const missing = all.filter(({ field }) => field.type === 'string' && !field.placeholder).map(({ path }) => path);
		expect(missing).toEqual([]);
	});

	it('every field a user fills in has a description (containers and notices aside)', () => {
		const missing = all
			.filter(({ field }) => !['notice', 'hidden', 'collection', 'fixedCollection'].includes(field.type) && !field.description && field.name !== 'operation' && field.name !== 'resource')
			.map(({ path }) => path);
		expect(missing).toEqual([]);
	});
});
