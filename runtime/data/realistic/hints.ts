/**
 * The names a value is known by, read from plans: shape and member ids, a map's name split into its
 * keys' and values' names, a timestamp's role from the first of its names that has one.
 */
import { timestampRole, type TimestampRole } from "./timestamps.ts";
import { itemName, resourceWords } from "./words.ts";

/** `names` with `name` added last, unless it is already there. */
export function withName(names: readonly string[], name: string | undefined): readonly string[] {
  return name === undefined || names.includes(name) ? names : [...names, name];
}

/** The name part of a shape id (`ns#Name` → `Name`) or member id (`ns#Shape$member` → `member`). */
export function nameOf(where: string): string | undefined {
  const local = where.slice(where.indexOf("#") + 1);
  const dollar = local.indexOf("$");
  return (dollar >= 0 ? local.slice(dollar + 1) : local) || undefined;
}

/** The resource noun of the structure a member id belongs to (`ns#DatasetImportJob$name` → dataset, import, job). */
export function ownerOf(where: string): string[] | undefined {
  const local = where.slice(where.indexOf("#") + 1);
  const dollar = local.indexOf("$");
  return dollar > 0 ? resourceWords(local.slice(0, dollar)) : undefined;
}

/**
 * The names of a map's keys and values from the map's own name: `VersionIdsToStages` → keys
 * `VersionId`, values `Stage`; otherwise no key name and the values named after the map's item.
 */
export function mapNames(name: string): { key?: string; value: string } {
  const to = /^(.+?)To([A-Z].*)$/.exec(name);
  return to === null ? { value: itemName(name) } : { key: itemName(to[1]!), value: itemName(to[2]!) };
}

/** The role of a timestamp: the first of its names with one. */
export function roleOf(names: readonly string[]): TimestampRole {
  for (const name of names) {
    const role = timestampRole(name);
    if (role !== "other") return role;
  }
  return "other";
}
