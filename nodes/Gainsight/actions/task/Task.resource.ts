import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation.description';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export { create, get, getMany, search, update };

export const description: INodeProperties[] = resourceDescription('task', 'create', [create, get, getMany, search, update]);
