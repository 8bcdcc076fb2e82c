import { isYmd } from '../dates';
import { pickIgnoringCase, show, type Row } from '../util';
import { ENTITY_TYPES } from '../schema/cockpit';
import type { SandboxStore } from '../store';

/**
 * Checks shared by the CTA and Success Plan writes (a record's context, owner and dates). Each
 * returns the value or a message for the record's failure entry.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };
const good = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(message: string): Checked<T> => ({ ok: false, message });

export interface Context {
  EntityType: 'COMPANY' | 'RELATIONSHIP';
  CompanyId: string;
  RelationshipId: string | null;
}

/**
 * A company record (EntityType COMPANY, the default) needs a known CompanyId; a relationship record
 * (EntityType RELATIONSHIP) a known RelationshipId, its company taken from the relationship (a
 * CompanyId given with it must be that one).
 */
export function contextOf(store: SandboxStore, fields: Row): Checked<Context> {
  const entityType = fields.EntityType === undefined ? 'COMPANY' : pickIgnoringCase(ENTITY_TYPES, fields.EntityType);
  if (!entityType) return bad(`Invalid EntityType: ${show(fields.EntityType)}`);
  const companyId = fields.CompanyId;
  if (entityType === 'COMPANY') {
    if (fields.RelationshipId !== undefined && fields.RelationshipId !== null) return bad('RelationshipId is given but EntityType is COMPANY');
    if (companyId === undefined || companyId === null || companyId === '') return bad('CompanyId is required');
    if (typeof companyId !== 'string' || !store.companies.has(companyId)) return bad(`Company not found: ${show(companyId)}`);
    return good({ EntityType: 'COMPANY', CompanyId: companyId, RelationshipId: null });
  }
  const relationshipId = fields.RelationshipId;
  if (relationshipId === undefined || relationshipId === null || relationshipId === '') return bad('RelationshipId is required for EntityType RELATIONSHIP');
  const relationship = typeof relationshipId === 'string' ? store.table('Relationship')?.get(relationshipId) : undefined;
  if (!relationship) return bad(`Relationship not found: ${show(relationshipId)}`);
  const ofRelationship = String(relationship.CompanyId);
  if (companyId !== undefined && companyId !== null && companyId !== ofRelationship) return bad(`Company ${show(companyId)} is not the company of the relationship`);
  return good({ EntityType: 'RELATIONSHIP', CompanyId: ofRelationship, RelationshipId: String(relationshipId) });
}

/** The owner: an OwnerId (given or filled by a lookup) or an OwnerEmail the API resolves itself ("Used to Resolve the OwnerID"). */
export function ownerOf(store: SandboxStore, fields: Row): Checked<string | undefined> {
  if (fields.OwnerId !== undefined && fields.OwnerId !== null) {
    return typeof fields.OwnerId === 'string' && store.users.has(fields.OwnerId) ? good(fields.OwnerId) : bad(`Owner not found: ${show(fields.OwnerId)}`);
  }
  if (fields.OwnerEmail !== undefined && fields.OwnerEmail !== null) {
    const email = String(fields.OwnerEmail).trim().toLowerCase();
    const user = [...store.users.values()].find((u) => u.Email.toLowerCase() === email);
    return user ? good(user.Gsid) : bad(`Owner not found: ${show(fields.OwnerEmail)}`);
  }
  return good(undefined);
}

/** A `YYYY-MM-DD` date field, null to clear it where `nullable`. */
export function dayOf(name: string, value: unknown, nullable = false): Checked<string | null | undefined> {
  if (value === undefined) return good(undefined);
  if (value === null && nullable) return good(null);
  return isYmd(value) ? good(value) : bad(`Invalid ${name} (expected YYYY-MM-DD): ${show(value)}`);
}

export function nameOf(value: unknown): Checked<string> {
  if (typeof value !== 'string' || value.trim() === '') return bad('Name is required');
  if (value.length > 255) return bad('Name exceeds the maximum length of 255');
  return good(value);
}
