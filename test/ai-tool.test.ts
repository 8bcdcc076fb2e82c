/**
 * The Gainsight node as an AI agent's tool. n8n (packages/cli) turns every node with
 * `usableAsTool: true` into a "<name>Tool" node (convertNodeToAiTool): same properties, no main
 * input, an ai_tool output, and a Tool Description that by default ("Set Automatically") is made by
 * n8n-workflow's NodeHelpers from the chosen operation's `action`. This test does that conversion
 * the way n8n does and checks what an agent gets: every resource/operation has an action and a
 * description, and every field the agent may fill has a description.
 */
import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { deepCopy, NodeConnectionTypes, NodeHelpers } from 'n8n-workflow';

import { Gainsight } from '../nodes/Gainsight/Gainsight.node';

/** n8n's convertNodeToAiTool, for a full (non-versioned) description. */
function asAiTool(source: INodeTypeDescription): INodeTypeDescription {
	const description = deepCopy(source);
	description.name += 'Tool';
	description.displayName += ' Tool';
	description.inputs = [];
	description.outputs = [NodeConnectionTypes.AiTool];
	delete description.usableAsTool;
	description.properties = [
		{
			displayName: 'Tool Description',
			name: 'descriptionType',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Set Automatically', value: 'auto', description: 'Automatically set based on resource and operation' },
				{ name: 'Set Manually', value: 'manual', description: 'Manually set the description' },
			],
			default: 'auto',
		},
		{
			displayName: 'Description',
			name: 'toolDescription',
			type: 'string',
			default: description.description,
			displayOptions: { show: { descriptionType: ['manual'] } },
		},
		...description.properties,
	];
	return description;
}

const node = new Gainsight();
const tool = asAiTool(node.description);
const resources = (node.description.properties.find((property) => property.name === 'resource')!.options ?? []) as INodePropertyOptions[];
const operationsOf = (resource: string) =>
	node.description.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource));

const cases = resources.flatMap((resource) =>
	((operationsOf(String(resource.value))?.options ?? []) as INodePropertyOptions[]).map((operation) => [String(resource.value), operation] as const),
);

describe('Gainsight as an AI agent tool', () => {
	it('is usable as a tool, and converts into a tool node with an ai_tool output', () => {
		expect(node.description.usableAsTool).toBe(true);
		expect(tool.name).toBe('gainsightTool');
		expect(NodeHelpers.isTool(tool, { resource: 'company', operation: 'get' })).toBe(true);
		expect(NodeHelpers.isTool(node.description, { resource: 'company', operation: 'get' })).toBe(false);
	});

	it('every resource has operations', () => {
		expect(resources.map((resource) => resource.value)).toEqual(expect.arrayContaining(['company', 'playbook', 'task']));
		for (const resource of resources) expect(operationsOf(String(resource.value))?.options?.length).toBeGreaterThan(0);
	});

	it.each(cases)('%s › %o: an action and a description, which become the tool description an agent reads', (resource, operation) => {
		expect(operation.action).toEqual(expect.any(String));
		expect(operation.description).toEqual(expect.any(String));
		expect(operation.description!.length).toBeGreaterThan(10);
		const toolNode = { id: 't', name: 'Gainsight', type: tool.name, typeVersion: 1, position: [0, 0] as [number, number], parameters: { descriptionType: 'auto', resource, operation: operation.value } };
		expect(NodeHelpers.getToolDescriptionForNode(toolNode, { description: tool })).toBe(`${operation.action} in Gainsight CS`);
	});

	it('every field an agent may fill has a description (the resource/operation pickers and collection containers aside)', () => {
		const missing: string[] = [];
		const walk = (properties: INodeProperties[], path: string[]) => {
			for (const property of properties) {
				const here = [...path, property.displayName];
				const container = property.type === 'collection' || property.name === 'resource' || property.name === 'operation';
				if (!container && property.type !== 'notice' && property.type !== 'hidden' && !property.description) missing.push(here.join(' › '));
				if (property.type === 'collection') walk((property.options ?? []) as INodeProperties[], here);
				if (property.type === 'fixedCollection') {
					for (const group of (property.options ?? []) as Array<{ displayName: string; values: INodeProperties[] }>) walk(group.values, [...here, group.displayName]);
				}
			}
		};
		walk(node.description.properties, []);
		expect(missing).toEqual([]);
	});
});
