/**
 * The resources a mock keeps across calls (see `ResourceSpec` in runtime/contract.ts): records by
 * resource and identifier, in creation order, and the identifiers deleted since. Owned by one mock
 * and cleared by its `reset()`; never module state.
 */
import { canonicalJson } from "../serde/canonical.ts";

/** One resource as the mock remembers it: its identifier and its record (wire form). */
export interface StoredRecord {
  readonly id: unknown;
  record: Record<string, unknown>;
  readonly order: number;
}

export class ResourceStore {
  readonly #records = new Map<string, Map<string, StoredRecord>>();
  readonly #deleted = new Map<string, Set<string>>();
  #order = 0;

  get(resource: string, id: unknown): StoredRecord | undefined {
    return this.#records.get(resource)?.get(canonicalJson(id));
  }

  /** Stores (or replaces) the record of `id`; a deleted id lives again. */
  put(resource: string, id: unknown, record: Record<string, unknown>): StoredRecord {
    const key = canonicalJson(id);
    let records = this.#records.get(resource);
    if (records === undefined) this.#records.set(resource, (records = new Map()));
    const existing = records.get(key);
    const stored: StoredRecord = { id, record, order: existing?.order ?? this.#order++ };
    records.set(key, stored);
    this.#deleted.get(resource)?.delete(key);
    return stored;
  }

  /** Forgets the record of `id` and remembers that it was deleted; false when there was none. */
  delete(resource: string, id: unknown): boolean {
    const key = canonicalJson(id);
    const existed = this.#records.get(resource)?.delete(key) ?? false;
    let deleted = this.#deleted.get(resource);
    if (deleted === undefined) this.#deleted.set(resource, (deleted = new Set()));
    deleted.add(key);
    return existed;
  }

  isDeleted(resource: string, id: unknown): boolean {
    return this.#deleted.get(resource)?.has(canonicalJson(id)) ?? false;
  }

  /** The records of a resource, oldest first. */
  all(resource: string): StoredRecord[] {
    return [...(this.#records.get(resource)?.values() ?? [])].sort((a, b) => a.order - b.order);
  }

  reset(): void {
    this.#records.clear();
    this.#deleted.clear();
    this.#order = 0;
  }
}
