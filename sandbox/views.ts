import { isoDateTime } from './dates';
import type { Cta, GoalMetric, GoalRecord, PicklistItem, Playbook, SandboxStore, SuccessPlan, TaskRecord } from './store';
import { customFields, type Row } from './util';

/** How stored records are answered by the endpoints that show them. */

/** Task as 001 (`GET /v1/tasks/{id}`, `POST /v1/tasks/search`) describes it; date-times as ISO strings. */
export function taskView(store: SandboxStore, t: TaskRecord): Row {
  const cta = store.ctas.get(t.CtaId);
  const company = t.CompanyId ? store.companies.get(t.CompanyId) : undefined;
  return {
    Gsid: t.Gsid,
    Name: t.Name,
    Description: t.Description,
    CTAId: t.CtaId,
    CompanyId: t.CompanyId,
    CompanyName: (company?.Name as string | undefined) ?? (cta ? (store.companies.get(cta.CompanyId)?.Name as string | undefined) : undefined) ?? null,
    OwnerId: t.OwnerId,
    OwnerName: store.users.get(t.OwnerId)?.Name ?? null,
    Status: t.Status,
    Priority: t.Priority,
    Type: t.Type,
    DueDate: t.DueDate,
    CompletedDate: t.ClosedDate,
    IsClosed: t.IsClosed,
    PlaybookId: t.PlaybookId,
    Order: t.Order,
    CreatedDate: isoDateTime(t.CreatedDate),
    ModifiedDate: isoDateTime(t.ModifiedDate),
    ...customFields(t),
  };
}

/** One row of `GET /v2/cockpit/task/list/{cta}` in 000's field shape (ClosedDate only once closed). */
export function taskListItem(store: SandboxStore, t: TaskRecord, ctaName: string): Row {
  const out: Row = {};
  if (t.IsClosed && t.ClosedDate) out.ClosedDate = t.ClosedDate;
  out['CtaId__gr.Name'] = ctaName;
  out.DueDate = t.DueDate;
  out.Gsid = t.Gsid;
  out.IsClosed = t.IsClosed;
  out.Name = t.Name;
  out['OwnerId__gr.Name'] = store.users.get(t.OwnerId)?.Name ?? null;
  out['PriorityId__gr.Name'] = t.Priority;
  out['StatusId__gr.Name'] = t.Status;
  out['TypeId__gr.Name'] = t.Type;
  return out;
}

/** `GET /v2/cockpit/admin/playbook` item (000); entityId only on RELATIONSHIP playbooks. */
export function playbookConfigView(p: Playbook): Row {
  const out: Row = { name: p.name, gsid: p.gsid, active: p.active, entityType: p.entityType, typeId: p.typeId, typeName: p.typeName };
  if (p.entityId) out.entityId = p.entityId;
  return out;
}

/** `GET /v1/playbooks/{id}` (001), plus EntityType/TypeName. */
export function playbookView(p: Playbook): Row {
  return {
    Gsid: p.gsid,
    Name: p.name,
    Description: p.description,
    CTATypeId: p.typeId,
    TypeName: p.typeName,
    EntityType: p.entityType,
    IsActive: p.active,
    TaskTemplates: p.taskTemplates.map((t) => ({ ...t })),
    CreatedDate: isoDateTime(p.createdDate),
    ModifiedDate: isoDateTime(p.modifiedDate),
  };
}

/** Goal as 004 describes it, plus EntityType and Associations from the create article. */
export function goalView(store: SandboxStore, g: GoalRecord): Row {
  return {
    Gsid: g.Gsid,
    Name: g.Name,
    Description: g.Description,
    CompanyId: g.CompanyId,
    CompanyName: (store.companies.get(g.CompanyId)?.Name as string | undefined) ?? null,
    TemplateId: g.TemplateId,
    Status: g.Status,
    OwnerId: g.OwnerId,
    OwnerName: g.OwnerId ? store.users.get(g.OwnerId)?.Name ?? null : null,
    TargetDate: g.TargetDate,
    CompletionPercentage: g.CompletionPercentage,
    EntityType: g.EntityType,
    Associations: { CTA: [...g.Associations.CTA], SP: [...g.Associations.SP] },
    CreatedDate: isoDateTime(g.CreatedDate),
    ModifiedDate: isoDateTime(g.ModifiedDate),
    ...customFields(g),
  };
}

export function metricView(m: GoalMetric): Row {
  return { ...m, LastUpdatedDate: isoDateTime(m.LastUpdatedDate) };
}

/** A CTA as the CTA list reads it: the stored fields, CreatedDate/ModifiedDate as ISO text. */
export function ctaView(c: Cta): Row {
  return { ...c, CreatedDate: isoDateTime(c.CreatedDate), ModifiedDate: isoDateTime(c.ModifiedDate) };
}

/** A success plan as the success plan list reads it (same pattern as the CTA list). */
export function successPlanView(p: SuccessPlan): Row {
  return { ...p, CreatedDate: isoDateTime(p.CreatedDate), ModifiedDate: isoDateTime(p.ModifiedDate) };
}

/**
 * One item of `GET …/admin/picklist/lite`: the keys of Data Management's dropdown items
 * (gsid, name, systemName, active, displayOrder); `closed` on statuses and `typeId`/`typeName` on
 * reasons are the sandbox's own.
 */
export function picklistItemView(store: SandboxStore, p: PicklistItem): Row {
  const out: Row = { gsid: p.Gsid, name: p.Name, systemName: p.SystemName, active: p.Active, displayOrder: p.DisplayOrder };
  if (p.Closed !== undefined) out.closed = p.Closed;
  if (p.TypeId) {
    out.typeId = p.TypeId;
    out.typeName = store.picklists.get(p.TypeId)?.Name ?? null;
  }
  return out;
}
