import type { PicklistCategory } from '../schema/picklist';
import type { PicklistItem, SandboxStore } from '../store';
import { show } from '../util';

/**
 * The cockpit APIs take types, statuses, priorities and reasons by NAME (the create samples' comments
 * say "Pass Name of CTA Type/Reason/Status/Priority") and store the item's GSID. Names match ignoring
 * case; inactive items are not taken.
 */

/** The active item of `category` named `name`; reasons only among those of `typeId`. */
export function itemNamed(store: SandboxStore, category: PicklistCategory, name: unknown, typeId?: string): PicklistItem | undefined {
  if (typeof name !== 'string') return undefined;
  const wanted = name.trim().toLowerCase();
  for (const item of store.picklists.values()) {
    if (item.Category !== category || !item.Active || item.Name.toLowerCase() !== wanted) continue;
    if (typeId !== undefined && item.TypeId !== typeId) continue;
    return item;
  }
  return undefined;
}

/** The first active item of a category (display order): the default status or priority. */
export function firstItem(store: SandboxStore, category: PicklistCategory, accept: (item: PicklistItem) => boolean = () => true): PicklistItem | undefined {
  return [...store.picklists.values()]
    .filter((item) => item.Category === category && item.Active && accept(item))
    .sort((a, b) => a.DisplayOrder - b.DisplayOrder)[0];
}

export function itemName(store: SandboxStore, gsid: string | null | undefined): string | null {
  return gsid ? (store.picklists.get(gsid)?.Name ?? null) : null;
}

/** A CTA's or success plan's closed state follows its status: closing stamps today, reopening clears it. */
export function followStatus(store: SandboxStore, record: { StatusId: string; IsClosed: boolean; ClosedDate: string | null }, today: string): void {
  const closed = store.picklists.get(record.StatusId)?.Closed === true;
  if (closed && !record.IsClosed) record.ClosedDate = today;
  if (!closed) record.ClosedDate = null;
  record.IsClosed = closed;
}

/**
 * Sets `record[idField]` to the GSID of the `category` item named `name` (of the type `typeId`, for
 * reasons); the refusal's text when no item has that name.
 */
export function setItem(store: SandboxStore, record: object, idField: string, category: PicklistCategory, name: unknown, typeId?: string): string | null {
  const item = itemNamed(store, category, name, typeId);
  if (!item) return `Invalid ${idField.replace(/Id$/, '').toLowerCase()}: ${show(name)}`;
  (record as Record<string, unknown>)[idField] = item.Gsid;
  return null;
}
