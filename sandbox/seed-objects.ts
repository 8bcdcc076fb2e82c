import { makeGsid } from './ids';
import { INVOICE, USAGE } from './schema/custom';
import { COMPANY_PERSON, PERSON } from './schema/person';
import { RELATIONSHIP, RELATIONSHIP_TYPE } from './schema/relationship';
import type { ObjectSchema } from './schema/types';
import { SEED_COMPANIES, SEED_EPOCH, SEED_RELATIONSHIP_TYPE_ID, SEED_USERS } from './seed';
import type { SandboxStore } from './store';
import type { Row } from './util';

/**
 * Seed rows of the data objects beyond Company and gsuser: relationship types and relationships,
 * people and their companies, and the two custom objects. Fixed GSIDs and timestamps, as in seed.ts.
 */

/** A full row of `schema`: every field null unless given, a fixed GSID, created/modified at the seed epoch + n minutes. */
function row(schema: ObjectSchema, n: number, fields: Row, Gsid = makeGsid(schema.keyPrefix, `seed-${schema.objectName.toLowerCase()}`, n)): Row {
  const out: Row = Object.fromEntries(schema.fields.map((f) => [f.fieldName, null]));
  return Object.assign(out, fields, { Gsid, CreatedDate: SEED_EPOCH + n * 60_000, ModifiedDate: SEED_EPOCH + n * 60_000 });
}

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
const [ACME, HEROKU, IBM, KLM] = SEED_COMPANIES;
const [, , JULIA, STEVE, JOE] = SEED_USERS;

/** "Product Line" keeps the GSID that RELATIONSHIP playbooks name as their entityId. */
export const SEED_RELATIONSHIP_TYPES: readonly Row[] = [
  row(RELATIONSHIP_TYPE, 1, { Name: 'Product Line', Description: 'A product line the company buys' }, SEED_RELATIONSHIP_TYPE_ID),
  row(RELATIONSHIP_TYPE, 2, { Name: 'Subsidiary', Description: 'A subsidiary or business unit' }),
];
const [PRODUCT_LINE, SUBSIDIARY] = SEED_RELATIONSHIP_TYPES;

export const SEED_RELATIONSHIPS: readonly Row[] = [
  row(RELATIONSHIP, 1, { Name: 'Acme Analytics', CompanyId: ACME.Gsid, TypeId: PRODUCT_LINE.Gsid, CSM: STEVE.Gsid, ARR: 50000, RenewalDate: d('2026-06-30'), Stage: 'Adopting', ExternalId__gc: 'REL-0001' }),
  row(RELATIONSHIP, 2, { Name: 'Acme EMEA', CompanyId: ACME.Gsid, TypeId: SUBSIDIARY.Gsid, CSM: JULIA.Gsid, ARR: 30000, Stage: 'Onboarding', ExternalId__gc: 'REL-0002' }),
  row(RELATIONSHIP, 3, { Name: 'Heroku Data', CompanyId: HEROKU.Gsid, TypeId: PRODUCT_LINE.Gsid, CSM: JOE.Gsid, ARR: 20000, Stage: 'New', ExternalId__gc: 'REL-0003' }),
];

/** Jane Doe works with two companies (Acme, primary, and KLM Software). */
export const SEED_PEOPLE: readonly Row[] = [
  row(PERSON, 1, { Email: 'jane.doe@acme.example', FirstName: 'Jane', LastName: 'Doe', Name: 'Jane Doe', Location: 'Boston, US', Timezone: 'America/New_York', ExternalRecordID: 'CRM-001', EmailOptOut: false }),
  row(PERSON, 2, { Email: 'raj.patel@heroku.example', FirstName: 'Raj', LastName: 'Patel', Name: 'Raj Patel', LinkedinUrl: 'https://www.linkedin.com/in/raj-patel-example', Location: 'Dublin, IE', Timezone: 'Europe/Dublin', ExternalRecordID: 'CRM-002', EmailOptOut: false }),
  row(PERSON, 3, { Email: 'ana.silva@ibm.example', FirstName: 'Ana', LastName: 'Silva', Name: 'Ana Silva', Location: 'Lisbon, PT', Timezone: 'Europe/Lisbon', ExternalRecordID: 'CRM-003', EmailOptOut: true }),
];
const [JANE, RAJ, ANA] = SEED_PEOPLE;

export const SEED_COMPANY_PEOPLE: readonly Row[] = [
  row(COMPANY_PERSON, 1, { Person_ID: JANE.Gsid, Company_ID: ACME.Gsid, Title: 'VP Customer Success', Role: 'Sponsor', IsPrimaryCompany: true, Active: true }),
  row(COMPANY_PERSON, 2, { Person_ID: JANE.Gsid, Company_ID: KLM.Gsid, Title: 'Advisor', Role: 'Influencer', IsPrimaryCompany: false, Active: true }),
  row(COMPANY_PERSON, 3, { Person_ID: RAJ.Gsid, Company_ID: HEROKU.Gsid, Title: 'Head of Data', Role: 'Champion', IsPrimaryCompany: true, Active: true }),
  row(COMPANY_PERSON, 4, { Person_ID: ANA.Gsid, Company_ID: IBM.Gsid, Title: 'Program Manager', Role: 'User', IsPrimaryCompany: true, Active: true, Manager: null }),
];

function usage(n: number, co: Row, day: string, Feature__gc: string, Logins__gc: number, AdoptionRate__gc: number): Row {
  const ext = `USG-${String(n).padStart(4, '0')}`;
  return row(USAGE, n, { Name: `${String(co.Name)} ${day} ${Feature__gc}`, Company__gc: co.Gsid, UsageDate__gc: d(day), Logins__gc, ExternalId__gc: ext, Feature__gc, AdoptionRate__gc });
}

export const SEED_USAGE: readonly Row[] = [
  usage(1, ACME, '2024-01-01', 'Dashboards', 120, 42.5),
  usage(2, ACME, '2024-01-02', 'Reports', 95, 38),
  usage(3, ACME, '2024-01-03', 'API', 310, 61.25),
  usage(4, HEROKU, '2024-01-01', 'Dashboards', 40, 12),
  usage(5, HEROKU, '2024-01-02', 'Mobile', 18, 7.5),
  usage(6, IBM, '2024-01-01', 'Reports', 870, 74),
];

export const SEED_INVOICES: readonly Row[] = [
  row(INVOICE, 1, { Name: 'Acme 2024-01', InvoiceNumber__gc: 'INV-1001', Company__gc: ACME.Gsid, Amount__gc: 12000, Status__gc: 'Paid', Paid__gc: true, BillingEmail__gc: 'billing@acme.example', DueDate__gc: d('2024-02-01'), IssuedAt__gc: Date.UTC(2024, 0, 2, 10, 0), Products__gc: 'Core;Analytics' }),
  row(INVOICE, 2, { Name: 'Heroku 2024-01', InvoiceNumber__gc: 'INV-1002', Company__gc: HEROKU.Gsid, Amount__gc: 8000, Status__gc: 'Sent', Paid__gc: false, BillingEmail__gc: 'ap@heroku.example', DueDate__gc: d('2024-02-15'), IssuedAt__gc: Date.UTC(2024, 0, 16, 9, 30), Products__gc: 'Core' }),
  row(INVOICE, 3, { Name: 'IBM 2023-12', InvoiceNumber__gc: 'INV-1003', Company__gc: IBM.Gsid, Amount__gc: 40000, Status__gc: 'Overdue', Paid__gc: false, BillingEmail__gc: 'invoices@ibm.example', DueDate__gc: d('2024-01-10'), IssuedAt__gc: Date.UTC(2023, 11, 11, 8, 0), Products__gc: 'Core;Support' }),
];

const SEEDS: readonly (readonly [ObjectSchema, readonly Row[]])[] = [
  [RELATIONSHIP_TYPE, SEED_RELATIONSHIP_TYPES], [RELATIONSHIP, SEED_RELATIONSHIPS], [PERSON, SEED_PEOPLE],
  [COMPANY_PERSON, SEED_COMPANY_PEOPLE], [USAGE, SEED_USAGE], [INVOICE, SEED_INVOICES],
];

/** Put a fresh copy of these rows into the store. */
export function seedDataObjects(store: SandboxStore): void {
  for (const [schema, rows] of SEEDS) {
    const table = store.table(schema.objectName) as Map<string, Row>;
    for (const r of rows) table.set(String(r.Gsid), { ...r });
  }
}
