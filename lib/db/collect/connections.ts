import { getDb } from "../client";
import { insertJob } from "../jobs/job-queries";
import { workspaceScope } from "../workspace-scope";

// Connection rows. Nothing here returns the ciphertext except getConnectionSecret, which only the worker
// calls; the views carry at most the key's last characters.

export type ConnectionTestState = { requestedAt: Date | null; testedAt: Date | null; ok: boolean | null; message: string | null };

export type ConnectionView = {
  id: string;
  name: string;
  provider: string;
  baseUrl: string;
  model: string;
  concurrency: number;
  hasKey: boolean;
  keyHint: string | null;
  test: ConnectionTestState;
  createdAt: Date;
};

const viewSelect = {
  id: true,
  name: true,
  provider: true,
  baseUrl: true,
  model: true,
  concurrency: true,
  keyCipher: true,
  keyHint: true,
  testRequestedAt: true,
  testedAt: true,
  testOk: true,
  testMessage: true,
  createdAt: true,
} as const;

type Row = { keyCipher: string | null; keyHint: string | null; testRequestedAt: Date | null; testedAt: Date | null; testOk: boolean | null; testMessage: string | null } & Omit<
  ConnectionView,
  "hasKey" | "keyHint" | "test"
>;

function toView(row: Row): ConnectionView {
  const { keyCipher, keyHint, testRequestedAt, testedAt, testOk, testMessage, ...rest } = row;
  return { ...rest, hasKey: keyCipher !== null, keyHint: keyCipher ? keyHint : null, test: { requestedAt: testRequestedAt, testedAt, ok: testOk, message: testMessage } };
}

export async function listConnections(workspaceId: string): Promise<ConnectionView[]> {
  const db = await getDb();
  const rows = await db.connection.findMany({ where: { workspaceId: workspaceScope(workspaceId) }, select: viewSelect, orderBy: { createdAt: "asc" } });
  return rows.map(toView);
}

export async function getConnection(workspaceId: string, id: string): Promise<ConnectionView | null> {
  const db = await getDb();
  const row = await db.connection.findFirst({ where: { id, workspaceId: workspaceScope(workspaceId) }, select: viewSelect });
  return row ? toView(row) : null;
}

export type ConnectionFields = { name: string; provider: string; baseUrl: string; model: string; concurrency: number };

export async function createConnection(input: ConnectionFields & { id: string; workspaceId: string; createdById: string | null; keyCipher: string | null; keyHint: string | null }): Promise<ConnectionView> {
  const db = await getDb();
  const row = await db.connection.create({ data: input, select: viewSelect });
  return toView(row);
}

/** `key`: undefined keeps the stored key, null removes it, a value replaces it. */
export async function updateConnection(
  workspaceId: string,
  id: string,
  fields: Partial<ConnectionFields>,
  key?: { keyCipher: string; keyHint: string } | null,
): Promise<ConnectionView | null> {
  const db = await getDb();
  const keyData = key === undefined ? {} : key === null ? { keyCipher: null, keyHint: null } : key;
  const { count } = await db.connection.updateMany({ where: { id, workspaceId: workspaceScope(workspaceId) }, data: { ...fields, ...keyData, testedAt: null, testOk: null, testMessage: null } });
  return count ? getConnection(workspaceId, id) : null;
}

export async function deleteConnection(workspaceId: string, id: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.connection.deleteMany({ where: { id, workspaceId: workspaceScope(workspaceId) } });
  return count > 0;
}

/** Marks the test requested and queues it for a worker (the only process that decrypts keys). */
export async function requestConnectionTest(workspaceId: string, id: string): Promise<boolean> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.connection.updateMany({
      where: { id, workspaceId: workspaceScope(workspaceId) },
      data: { testRequestedAt: new Date(), testedAt: null, testOk: null, testMessage: null },
    });
    if (count === 0) return false;
    await insertJob({ kind: "connection-test", subjectId: id, payload: { connectionId: id }, maxAttempts: 2 }, tx);
    return true;
  });
}

// ---- worker side ----

export type ConnectionSecret = { id: string; workspaceId: string; provider: string; baseUrl: string; model: string; concurrency: number; keyCipher: string | null };

export async function getConnectionSecret(id: string): Promise<ConnectionSecret | null> {
  const db = await getDb();
  return db.connection.findUnique({ where: { id }, select: { id: true, workspaceId: true, provider: true, baseUrl: true, model: true, concurrency: true, keyCipher: true } });
}

export async function recordConnectionTest(id: string, ok: boolean, message: string): Promise<void> {
  const db = await getDb();
  await db.connection.updateMany({ where: { id }, data: { testRequestedAt: null, testedAt: new Date(), testOk: ok, testMessage: message.slice(0, 4000) } });
}
