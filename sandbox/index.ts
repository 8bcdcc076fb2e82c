import type { AddressInfo } from 'node:net';
import { createSandboxServer } from './server';
import { SandboxState } from './state';
import type { Sandbox, SandboxOptions } from './types';

export type { LoggedRequest, Sandbox, SandboxOptions } from './types';
export { SandboxStore } from './store';
export type {
  CompanyRecord, Cta, DueDateCascade, GoalMetric, GoalRecord, GoalTemplate, GsUser, PicklistItem, Playbook, SuccessPlan,
  SuccessPlanTemplate, TaskRecord, TaskTemplate,
} from './store';
export {
  BIG_CTA_TASK_COUNT, CTA_TYPES, SEED_COMPANIES, SEED_CTAS, SEED_EPOCH, SEED_GOALS, SEED_GOAL_TEMPLATES, SEED_METRICS,
  SEED_OBJECTIVES, SEED_PICKLISTS, SEED_PLAYBOOKS, SEED_RELATIONSHIP_TYPE_ID, SEED_SUCCESS_PLANS, SEED_SUCCESS_PLAN_TEMPLATES, SEED_TASKS,
  SEED_USERS, seedPicklist,
} from './seed';
export { ACTIVITY_TYPES } from './schema/timeline';
export {
  SEED_COMPANY_PEOPLE, SEED_INVOICES, SEED_PEOPLE, SEED_RELATIONSHIPS, SEED_RELATIONSHIP_TYPES, SEED_USAGE,
} from './seed-objects';
export { CODES } from './envelope';
export { DEFAULT_SHAPES, SHAPE_AXES, SHAPE_VARIANTS, type Shapes } from './shapes';
export { OPERATORS, OPERATORS_BY_TYPE, operatorAllowed, type Operator } from './operators';
export { DATA_OBJECTS, OBJECTS, schemaOf } from './schema';
export type { DataType, FieldDef, ObjectSchema } from './schema/types';
export { DEFAULT_ACCESS_KEY } from './options';
export { ROUTES } from './server';
export { FAULT_KINDS, type FaultConfig, type FaultKind, type FaultRule } from './faults';

/**
 * Start a Gainsight-compatible HTTP server on 127.0.0.1 (a random port by default).
 * `await sandbox.close()` when done.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const state = new SandboxState(options);
  const server = createSandboxServer(state);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(state.opts.port, state.opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = state.opts.host.includes(':') ? `[${state.opts.host}]` : state.opts.host;
  return {
    url: `http://${host}:${port}`,
    port,
    log: state.log,
    store: state.store,
    configure: (o) => state.configure(o),
    reset: () => state.reset(),
    clearLog: () => state.clearLog(),
    faultsInjected: () => ({ ...state.faults.injected }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
