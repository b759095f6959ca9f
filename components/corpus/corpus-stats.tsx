import type { CorpusSummary } from "@/lib/db/corpora/corpus-summary";
import { StatCard } from "@/components/ui/card";
import { formatInteger } from "@/components/ui/format";
import type { LengthSummary } from "./length-histogram-bins";

function oneDecimal(n: number) {
  return Number.isInteger(n) ? formatInteger(n) : n.toFixed(1);
}

export function CorpusStats({ corpus, lengths }: { corpus: CorpusSummary; lengths: LengthSummary | null }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
      <StatCard label="Documents" value={formatInteger(corpus.documentCount)} />
      <StatCard label="Tokens" value={formatInteger(corpus.tokenCount)} />
      <StatCard label="Characters" value={formatInteger(corpus.charCount)} />
      <StatCard
        label="Mean length"
        value={lengths ? oneDecimal(lengths.mean) : "–"}
        hint="tokens per document"
      />
      <StatCard
        label="Median length"
        value={lengths ? oneDecimal(lengths.median) : "–"}
        hint={lengths ? `range ${formatInteger(lengths.min)}–${formatInteger(lengths.max)} tokens` : undefined}
      />
    </dl>
  );
}
