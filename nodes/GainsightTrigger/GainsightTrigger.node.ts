import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { searchCompanies, searchCtas, searchObjects } from '../Gainsight/methods/listSearch';
import { getReadableFields } from '../Gainsight/methods/loadOptions';
import { isSaneStamp, stampOf, type ChangeSource } from './changes';
import { NODE_DESCRIPTION } from '../Gainsight/summary';
import { TRIGGER_SUBTITLE, triggerProperties } from './description';
import { advance, baseline, type PollState, type Stamped } from './pollState';
import { changeSource, sourceKey, withDateFormat } from './sources';

/** The records with their ID and date; a date outside the sane range is left out with a warning, so it never becomes the boundary. */
function stamped(ctx: IPollFunctions, source: ChangeSource, records: IDataObject[]): Stamped[] {
	const out: Stamped[] = [];
	for (const json of records) {
		const at = stampOf(json, source.field);
		const id = json.Gsid;
		if (at === undefined || (typeof id !== 'string' && typeof id !== 'number')) continue;
		if (!isSaneStamp(at)) {
			ctx.logger.warn(`Gainsight Trigger: record ${String(id)} has ${source.field} ${String(json[source.field])}, not a real date; it is not emitted`);
			continue;
		}
		out.push({ id: String(id), at, json });
	}
	return out;
}

export class GainsightTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Gainsight CS Trigger',
		name: 'gainsightTrigger',
		icon: { light: 'file:gainsight.svg', dark: 'file:gainsight.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: TRIGGER_SUBTITLE,
		description: NODE_DESCRIPTION,
		activationMessage:
			'Gainsight CS is now polled on the schedule you set. The first poll only remembers where things stand; from then on, each poll starts the workflow with what was created or changed since.',
		defaults: { name: 'Gainsight CS Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'gainsightApi', required: true }],
		properties: triggerProperties,
	};

	methods = { loadOptions: { getReadableFields }, listSearch: { searchCompanies, searchCtas, searchObjects } };

	/**
	 * Manual run ("Fetch Test Event"): the newest matching record, state untouched. First real poll:
	 * remembers the newest record and emits nothing. Later polls: what changed since, each record once.
	 */
	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const source = await changeSource(this);
		if (this.getMode() === 'manual') {
			const [sample] = await source.newest(1, true);
			if (!sample) {
				throw new NodeOperationError(this.getNode(), 'Gainsight has no record for this trigger yet', {
					description: 'Create or update one in Gainsight (or loosen the conditions), then fetch a test event again.',
				});
			}
			return [this.helpers.returnJsonArray(await withDateFormat(this, [sample]))];
		}
		const staticData = this.getWorkflowStaticData('node') as { poll?: PollState };
		const key = sourceKey(this);
		if (!staticData.poll || staticData.poll.source !== key) {
			// Every record up to the newest one now counts as before activation, including the others that share its date.
			const newest = stamped(this, source, await source.newest(1, false));
			let state = baseline(key, newest);
			if (newest.length) {
				const sameDate = stamped(this, source, await source.since(state.boundary)).filter((record) => record.at === state.boundary);
				state = baseline(key, [...newest, ...sameDate]);
			}
			staticData.poll = state;
			return null;
		}
		const { emit, next } = advance(staticData.poll, stamped(this, source, await source.since(staticData.poll.boundary)));
		staticData.poll = next;
		return emit.length ? [this.helpers.returnJsonArray(await withDateFormat(this, emit.map((record) => record.json)))] : null;
	}
}
