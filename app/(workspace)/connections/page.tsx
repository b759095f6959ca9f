import type { Metadata } from "next";
import Link from "next/link";
import { ConnectionsPanel } from "@/components/collect/connections-panel";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { listConnections } from "@/lib/db/collect/connections";
import { requirePageAccess } from "@/lib/server/page-access";

export const metadata: Metadata = { title: "Connections" };
export const dynamic = "force-dynamic";

export default async function ConnectionsPage() {
  const { workspaceId, role } = await requirePageAccess();
  const connections = await listConnections(workspaceId);
  // Never the key; the last four characters only for members and owners.
  const rows = connections.map(({ keyHint, ...c }) => ({
    ...c,
    keyMask: c.hasKey ? (role === "viewer" ? "••••••••" : `••••••••${keyHint ?? ""}`) : null,
    test: { testedAt: c.test.testedAt?.toISOString() ?? null, ok: c.test.ok, message: c.test.message },
  }));
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/collect" className="hover:underline">Collect</Link>}
        title="Connections"
        description="Model APIs this workspace collects from: any OpenAI-compatible endpoint, the Anthropic Messages API and the Gemini API."
      />
      <Card>
        {role !== "owner" ? (
          <Alert tone="info" title={role === "viewer" ? "Read-only access" : "Owners manage connections"} className="mb-4">
            {role === "viewer" ? "You can see which connections exist, but not their keys, and cannot use them." : "You can test and collect with these connections; only an owner can add them or change their keys."}
          </Alert>
        ) : null}
        <ConnectionsPanel connections={rows} canManage={role === "owner"} canTest={role !== "viewer"} />
      </Card>
      <p className="mt-4 text-xs text-zinc-500 dark:text-zinc-400">
        Keys are encrypted at rest (AES-256-GCM) under a key kept outside the database, and only the worker process decrypts them.
      </p>
    </>
  );
}
