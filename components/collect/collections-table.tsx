"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate, formatInteger } from "@/components/ui/format";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

export type CollectionRow = { id: string; name: string; model: string; status: string; total: number; answered: number; failed: number; retrying: number; createdAt: string; corpusId: string | null };

const tones: Record<string, BadgeTone> = { queued: "neutral", running: "accent", done: "success", failed: "danger", stopped: "warning", cancelled: "warning" };

/** Every collection of the workspace; refreshes itself while any is queued or running. */
export function CollectionsTable({ rows }: { rows: CollectionRow[] }) {
  const router = useRouter();
  const active = rows.some((r) => r.status === "queued" || r.status === "running");
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [active, router]);
  return (
    <Table>
      <THead>
        <TR>
          <TH>Collection</TH>
          <TH>Model</TH>
          <TH>Status</TH>
          <TH className="text-right">Done</TH>
          <TH className="text-right">Failed</TH>
          <TH>Started</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.id}>
            <TD>
              <Link href={`/collect/${r.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                {r.name}
              </Link>
            </TD>
            <TD className="font-mono text-xs">{r.model}</TD>
            <TD>
              <Badge tone={tones[r.status] ?? "neutral"}>{r.status}{r.retrying ? ` · ${r.retrying} retrying` : ""}</Badge>
            </TD>
            <TD className="text-right tabular-nums">
              {formatInteger(r.answered)} / {formatInteger(r.total)}
            </TD>
            <TD className="text-right tabular-nums">{formatInteger(r.failed)}</TD>
            <TD className="whitespace-nowrap text-xs">{formatDate(r.createdAt)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
