import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const db = await getDb();
  await db.corpus.count();
  return Response.json({ ok: true });
}
