import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatBytes, formatInteger } from "@/components/ui/format";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ApiErrorAlert } from "./api-error-alert";
import type { ApiErrorInfo, CorpusLink, IngestInfo } from "./ingest-api";
import { NewAnalysisLink } from "./new-analysis-link";

export function IngestProcessing({ ingest }: { ingest: IngestInfo | null }) {
  const total = ingest?.bytes ?? 0;
  const done = ingest?.bytesProcessed ?? 0;
  return (
    <Card title="Processing" description="Parsing and storing documents. You can reload this page or come back later: progress is kept.">
      <ProgressBar
        value={total > 0 ? done / total : null}
        label={ingest ? `Reading ${ingest.fileNames.join(", ")}` : "Starting…"}
        detail={total > 0 ? `${formatBytes(done)} of ${formatBytes(total)}` : undefined}
      />
    </Card>
  );
}

export function IngestDone({ ingest, corpora, onAnother }: { ingest: IngestInfo; corpora: CorpusLink[]; onAnother: () => void }) {
  const skipped = ingest.report?.skipped ?? [];
  const skippedCount = ingest.report?.skippedCount ?? skipped.length;
  return (
    <div className="space-y-4">
      <Alert tone="success" title={corpora.length === 1 ? "Corpus created" : `${corpora.length} corpora created`}>
        <ul className="mt-1 space-y-1" data-testid="created-corpora">
          {corpora.map((c) => (
            <li key={c.id}>
              <Link href={`/corpora/${c.id}`} className="font-medium underline underline-offset-2 hover:no-underline">
                {c.name}
              </Link>{" "}
              <span className="opacity-80">
                ({c.model}, {formatInteger(c.documentCount)} document{c.documentCount === 1 ? "" : "s"})
              </span>
            </li>
          ))}
        </ul>
      </Alert>
      {corpora.length > 0 ? <NewAnalysisLink corpora={corpora} /> : null}
      {skippedCount > 0 ? (
        <Card title={`${formatInteger(skippedCount)} record${skippedCount === 1 ? "" : "s"} skipped`} description="Left out because of “Skip bad records”.">
          <Table aria-label="Skipped records">
            <THead>
              <tr>
                <TH>File</TH>
                <TH className="text-right">Line</TH>
                <TH>Reason</TH>
              </tr>
            </THead>
            <TBody>
              {skipped.slice(0, 50).map((s, i) => (
                <TR key={i}>
                  <TD className="font-mono text-xs break-all">{s.file}</TD>
                  <TD className="text-right font-mono text-xs">{s.line || "–"}</TD>
                  <TD className="text-xs">{s.reason}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
          {skippedCount > 50 ? <p className="mt-2 text-xs text-zinc-500">First 50 shown.</p> : null}
        </Card>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {corpora.length === 1 ? <ButtonLink href={`/corpora/${corpora[0].id}`}>Open corpus</ButtonLink> : null}
        <ButtonLink href="/" variant="secondary">
          All corpora
        </ButtonLink>
        <Button variant="ghost" onClick={onAnother}>
          Upload more files
        </Button>
      </div>
    </div>
  );
}

export function IngestFailed({ error, onRetry, onStartOver }: { error: ApiErrorInfo; onRetry?: () => void; onStartOver: () => void }) {
  return (
    <ApiErrorAlert error={error} title="The upload failed. Nothing was stored.">
      <div className="flex flex-wrap gap-2">
        {onRetry ? (
          <Button variant="secondary" size="sm" onClick={onRetry}>
            Change options and retry
          </Button>
        ) : null}
        <Button variant="secondary" size="sm" onClick={onStartOver}>
          Start over
        </Button>
      </div>
    </ApiErrorAlert>
  );
}
