import { defineResource } from '../resource';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

/** Success plans (the Success Plan API); the field pickers list the fields of `cta_group`, the plans' object. */
export const successPlan = defineResource({ name: 'Success Plan', value: 'successPlan' }, 'create', [create, update, get, getMany], () => 'cta_group');
