/**
 * A table lookup that reads only the table's own entries. Keys come from files a writer controls
 * (units, codes, resource types): `table["constructor"]` or `table["__proto__"]` would otherwise
 * return Object's built-ins, not "unknown".
 */
export const lookup = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
