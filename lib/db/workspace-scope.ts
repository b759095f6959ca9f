/**
 * The workspace id a query is scoped by, checked at run time too: a missing or non-string value must never
 * turn into "no filter" (Prisma ignores `undefined` in a where clause and would return every workspace's rows).
 */
export function workspaceScope(workspaceId: string): string {
  if (typeof workspaceId !== "string" || workspaceId.length === 0) throw new TypeError("A workspace id is required to scope this query.");
  return workspaceId;
}
