import { defineResource } from '../resource';
import * as close from './close.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

/** Calls To Action (the CTA API); the field pickers list the fields of `call_to_action`. */
export const cta = defineResource({ name: 'CTA', value: 'cta' }, 'create', [create, update, close, get, getMany], () => 'call_to_action');
