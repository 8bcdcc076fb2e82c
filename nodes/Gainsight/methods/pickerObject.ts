/** The Gainsight object whose fields a picker lists: the current resource says, from the current parameters. */
import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { pickedObject } from '../actions/dataObject/objectName';
import { resourceNamed } from '../actions/router';

/** The node's resources say which object; elsewhere (the trigger's "Other Object") the picked one. */
export function pickerObjectOf(ctx: ILoadOptionsFunctions): string {
	const parameter = (name: string) => ctx.getCurrentNodeParameter(name);
	const resource = resourceNamed(parameter('resource') ?? 'company');
	const object = resource ? resource.pickerObject?.(parameter) : pickedObject(parameter);
	if (!object) throw new Error('Pick an object first: its fields are listed once it is chosen');
	return object;
}
