import Link from "next/link";
import type { CorpusSummary } from "@/lib/db/corpora/corpus-summary";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDate, formatInteger } from "@/components/ui/format";

export function CorpusTable({ corpora }: { corpora: CorpusSummary[] }) {
  return (
    <Table aria-label="Corpora">
      <THead>
        <tr>
          <TH>Name</TH>
          <TH className="hidden sm:table-cell">Model</TH>
          <TH className="text-right">Documents</TH>
          <TH className="hidden text-right sm:table-cell">Tokens</TH>
          <TH className="hidden md:table-cell">Created</TH>
        </tr>
      </THead>
      <TBody>
        {corpora.map((c) => (
          <TR key={c.id}>
            <TD className="max-w-xs">
              <Link
                href={`/corpora/${c.id}`}
                className="font-medium text-zinc-900 hover:text-indigo-600 hover:underline dark:text-zinc-100 dark:hover:text-indigo-400"
              >
                {c.name}
              </Link>
              <div className="mt-0.5 truncate font-mono text-xs text-zinc-500 sm:hidden dark:text-zinc-400">{c.model}</div>
              {c.provider || c.version ? (
                <div className="mt-0.5 truncate text-xs text-zinc-500 dark:text-zinc-400">
                  {[c.provider, c.version].filter(Boolean).join(" · ")}
                </div>
              ) : null}
            </TD>
            <TD className="hidden sm:table-cell">
              <Badge className="max-w-[16rem] truncate">{c.model}</Badge>
            </TD>
            <TD className="text-right tabular-nums">{formatInteger(c.documentCount)}</TD>
            <TD className="hidden text-right tabular-nums sm:table-cell">{formatInteger(c.tokenCount)}</TD>
            <TD className="hidden whitespace-nowrap text-zinc-500 md:table-cell dark:text-zinc-400">
              <time dateTime={new Date(c.createdAt).toISOString()}>{formatDate(c.createdAt)}</time>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
