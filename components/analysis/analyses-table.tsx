// The list of past analyses: name, status, sources → candidates, created.
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AnalysisSummaryView } from "./types";

const TONES: Record<string, BadgeTone> = { queued: "neutral", running: "accent", done: "success", failed: "danger" };

export function AnalysesTable({ analyses, corpusNames }: { analyses: AnalysisSummaryView[]; corpusNames: Record<string, string> }) {
  const names = (ids: string[]) => ids.map((id) => corpusNames[id] ?? "(deleted corpus)").join(", ");
  return (
    <Table data-testid="analyses-table">
      <caption className="sr-only">Past analyses, newest first</caption>
      <THead>
        <tr>
          <TH>Name</TH>
          <TH>Status</TH>
          <TH>Sources → candidates</TH>
          <TH>Created</TH>
        </tr>
      </THead>
      <TBody>
        {analyses.map((a) => (
          <TR key={a.id}>
            <TD className="max-w-xs">
              <Link href={`/analyses/${a.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                {a.name}
              </Link>
            </TD>
            <TD>
              <Badge tone={TONES[a.status] ?? "neutral"}>
                {a.status}
                {a.status === "running" ? ` ${Math.round(a.progress * 100)}%` : ""}
              </Badge>
            </TD>
            <TD className="max-w-md text-zinc-600 dark:text-zinc-400">
              <span className="line-clamp-2" title={`${names(a.sourceIds)} → ${names(a.candidateIds)}`}>
                {names(a.sourceIds)} <span aria-label="compared with">→</span>{" "}
                <span className="font-medium text-zinc-900 dark:text-zinc-100">{names(a.candidateIds)}</span>
              </span>
            </TD>
            <TD className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">{formatDate(a.createdAt)}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
