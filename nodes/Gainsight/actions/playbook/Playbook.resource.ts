import { defineResource } from '../resource';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const playbook = defineResource({ name: 'Playbook', value: 'playbook' }, 'getMany', [get, getMany]);
