/** The Gainsight object whose fields a picker lists: the current resource says, from the current parameters. */
import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { pickedObject } from '../actions/dataObject/objectName';
import { resourceNamed } from '../actions/router';
import { describeObject, type FieldMeta } from '../transport/metadata';

/** The node's resources say which object; elsewhere (the trigger's "Other Object") the picked one; none before one is picked. */
export function pickerObjectOf(ctx: ILoadOptionsFunctions): string | undefined {
	const parameter = (name: string) => ctx.getCurrentNodeParameter(name);
	const resource = resourceNamed(parameter('resource') ?? 'company');
	return resource ? resource.pickerObject?.(parameter) : pickedObject(parameter);
}

/** The fields of that object; none while no object is picked (the picker stays empty instead of failing). */
export async function pickerFields(ctx: ILoadOptionsFunctions): Promise<FieldMeta[]> {
	const object = pickerObjectOf(ctx);
	return object ? describeObject(ctx, object) : [];
}
