/**
 * What makes a data-object resource: the Gainsight object it works on (fixed, or picked by the user
 * at run time), the words for its records, and the picker of one record. Everything else is the
 * engine's (this folder), the same for every object.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule, PickerObject, ResourceModule } from '../resource';

export type DataObjectOperation = 'insert' | 'update' | 'upsert' | 'get' | 'getMany' | 'delete';

export interface DataObjectConfig {
	/** The entry in the Resource picker. */
	resource: ResourceModule['resource'];
	/** The Gainsight object (`Company`); undefined: picked per item in the "Object" field. */
	object?: string;
	/** Words for one record and several, in messages and action names: "company", "companies". */
	singular: string;
	plural: string;
	/** The picker of one record (Get, Delete): parameter name, label and listSearch method. */
	recordLocator: { name: string; displayName: string; searchMethod: string };
	/** The engine operations the resource offers, in the order given; default all. */
	operations?: DataObjectOperation[];
	/** Operations of its own besides the engine's (the People API's upsert of a person). */
	extraOperations?: OperationModule[];
	/** The object the field pickers list, when it depends on the operation; default `object` or the picked one. */
	pickerObject?: PickerObject;
	/** Fields shown before every operation's own (the object picker of Custom Object). */
	leadingProperties?: INodeProperties[];
	/**
	 * A GSID field the reads also read through, output under the name the resource's writes take, so a
	 * record has one shape: a read of `AuthorId` also reads `AuthorId__gr.Email` and outputs it as `Author`.
	 */
	readThrough?: { field: string; read: string; as: string };
}

/** The parameter that names the object when the resource does not fix it. */
export const OBJECT_PARAMETER = 'objectName';

/** "a company", "an activity": the words of the action names n8n shows ("Create a company"). */
export const aOrAn = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
