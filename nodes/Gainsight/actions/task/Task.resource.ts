import { defineResource } from '../resource';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as search from './search.operation';
import * as update from './update.operation';

/** Tasks are written as cs_task and read (get, search) as Task: the field pickers list the fields of the one the operation uses. */
export const task = defineResource({ name: 'Task', value: 'task' }, 'create', [create, get, getMany, search, update], (parameter) =>
	parameter('operation') === 'create' || parameter('operation') === 'update' ? 'cs_task' : 'Task',
);
