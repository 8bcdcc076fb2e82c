import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation.description';
import * as addMetric from './addMetric.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMetrics from './getMetrics.operation';
import * as getTemplates from './getTemplates.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export { addMetric, create, get, getMetrics, getTemplates, search, update };

export const description: INodeProperties[] = resourceDescription('goal', 'create', [addMetric, create, get, getMetrics, getTemplates, search, update]);
