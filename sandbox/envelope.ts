import { newRequestId } from './ids';

/** Every Gainsight answer is wrapped like this. */
export interface Envelope {
  result: boolean;
  errorCode: string | null;
  errorDesc: string | null;
  requestId: string;
  data: unknown;
  message: string | null;
}

export interface Reply {
  status: number;
  body: Envelope;
  headers?: Record<string, string>;
}

/**
 * Error codes. The GSOBJ_* and COCKPIT_9703 / COCKPIT_5101 codes come from Gainsight's articles;
 * the others are the sandbox's own choice (the seeds document no code for them).
 */
export const CODES = {
  AUTH: 'GS_AUTH_401',
  RATE: 'GS_RATE_429',
  NOT_FOUND: 'GS_NOT_FOUND', // unknown route, or an entity of the /v1 catalogue APIs not found (HTTP 404)
  METHOD: 'GS_METHOD_NOT_ALLOWED',
  BAD_JSON: 'GS_BAD_JSON', // malformed JSON body (HTTP 400)
  TOO_LARGE: 'GS_PAYLOAD_TOO_LARGE',
  INTERNAL: 'GS_INTERNAL_500',
  BAD_REQUEST: 'GS_BAD_REQUEST', // control endpoints
  // data objects (002)
  TOO_LONG: 'GSOBJ_1001',
  INVALID_FIELD: 'GSOBJ_1002',
  BAD_GSID: 'GSOBJ_1004',
  BAD_DATETIME: 'GSOBJ_1005',
  BAD_DATE: 'GSOBJ_1006',
  NULL_VALUE: 'GSOBJ_1007',
  VALIDATION: 'GSOBJ_1008',
  NO_DATA: 'GSOBJ_1011',
  // cockpit (000): 9703 and 5101 are documented, the rest are ours
  COCKPIT_BAD_SELECT: 'COCKPIT_5101',
  COCKPIT_BAD_REQUEST: 'COCKPIT_9701', // request shape: more than one task, page size > 1000, missing referenceId ...
  COCKPIT_RECORD_FAILED: 'COCKPIT_9702', // HTTP 200 result:false, data.failure names the referenceId
  COCKPIT_BAD_LOOKUP: 'COCKPIT_9703',
  COCKPIT_CTA_NOT_FOUND: 'COCKPIT_9704',
  // goals (no code documented anywhere)
  GOAL_BAD_REQUEST: 'GOAL_1001',
  GOAL_RECORD_FAILED: 'GOAL_1002',
  GOAL_BAD_LOOKUP: 'GOAL_9703',
} as const;

export function envelope(result: boolean, data: unknown, errorCode: string | null = null, errorDesc: string | null = null): Envelope {
  return { result, errorCode, errorDesc, requestId: newRequestId(), data, message: null };
}

export function ok(data: unknown): Reply {
  return { status: 200, body: envelope(true, data) };
}

export function fail(status: number, errorCode: string, errorDesc: string, data: unknown = null): Reply {
  return { status, body: envelope(false, data, errorCode, errorDesc) };
}

/** Thrown by handlers for request-level failures; the server turns it into a `fail` reply. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    desc: string,
    readonly data: unknown = null,
  ) {
    super(desc);
  }

  toReply(): Reply {
    return fail(this.status, this.code, this.message, this.data);
  }
}
