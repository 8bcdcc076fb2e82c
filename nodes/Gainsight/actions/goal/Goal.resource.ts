import { defineResource } from '../resource';
import * as addMetric from './addMetric.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMetrics from './getMetrics.operation';
import * as getTemplates from './getTemplates.operation';
import * as search from './search.operation';
import * as update from './update.operation';

export const goal = defineResource({ name: 'Goal', value: 'goal' }, 'create', [addMetric, create, get, getMetrics, getTemplates, search, update], () => 'cs_goal');
