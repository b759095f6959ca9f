"use client";
// The results dashboard, shared by the workspace page and the read-only share view.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { MetricId, PageResult } from "@/lib/analysis/result-types";
import { ChartFrame } from "@/components/charts/chart-frame";
import { LineageTree } from "@/components/charts/lineage-tree";
import { sourcePalette } from "@/components/charts/palette";
import { VerdictMapChart } from "@/components/charts/verdict-map";
import type { MapQuestion, VerdictMap } from "@/lib/analysis/map/build-verdict-map";
import { RankingChart } from "@/components/charts/ranking-chart";
import { ScoreHeatmap } from "@/components/charts/score-heatmap";
import { AccuracyBullet, ConfusionTable } from "@/components/charts/separability-chart";
import { SharesChart, type ShareRow } from "@/components/charts/shares-chart";
import { ScoreTable } from "@/components/charts/score-table";
import { ScrollHint } from "@/components/ui/scroll-hint";
import { ExportThemePicker, ExportThemeProvider, type ExportTheme } from "@/components/charts/export-theme";
import { Alert } from "@/components/ui/alert";
import { LabeledSelect, Segmented, SmallButton } from "./controls";
import { EvidencePanel } from "./evidence-panel";
import type { ResultsAccess } from "./evidence-links";
import { FocusedTermChip, type FocusTerm } from "./focus-term";
import { SlopProfiles } from "./slop-profiles";
import { FocusedTermRates } from "./term-rates";
import { KinshipInheritance } from "./kinship-inheritance";
import { docCounts, METRIC_INFO, metricLabel, paramLine } from "./method-notes";
import { VerdictHeadlines } from "./verdict-headlines";
import { VersionComparison } from "./version-comparison";
import { IdentityEvidencePanel } from "@/components/identity/identity-evidence-panel";

/** `maps`: the map of corpora per question, computed on the server (lib/analysis/map). */
type Props = { result: PageResult; fileBase: string; maps: Record<MapQuestion, VerdictMap>; access: ResultsAccess | null };

export function ResultsView({ result, fileBase, maps, access }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // The focused term is URL state: every panel reads it, a reload or a shared link keeps it.
  const focusTerm = searchParams.get("term");
  // Set when a term is focused from outside the evidence panel: once the URL has it, its uses are scrolled to.
  const revealPending = useRef(false);
  const setFocusTerm: FocusTerm = useCallback(
    (term, options) => {
      const qs = new URLSearchParams(searchParams.toString());
      if (term) qs.set("term", term);
      else qs.delete("term");
      revealPending.current = Boolean(term && options?.reveal);
      const s = qs.toString();
      router.replace(`${pathname}${s ? `?${s}` : ""}`, { scroll: false });
    },
    [router, pathname, searchParams],
  );
  useEffect(() => {
    if (!focusTerm || !revealPending.current) return;
    revealPending.current = false;
    const target = document.getElementById("evidence-kwic");
    target?.scrollIntoView({ block: "start" });
    target?.focus({ preventScroll: true });
  }, [focusTerm]);
  const palette = useMemo(() => sourcePalette(result.sources), [result.sources]);
  const [candidateName, setCandidateName] = useState(result.candidates[0]?.name ?? "");
  const candidate = result.candidates.find((c) => c.name === candidateName) ?? result.candidates[0];
  const [metric, setMetric] = useState<MetricId>("combined");
  const [treeKind, setTreeKind] = useState<"upgma" | "nj">("upgma");
  const [mapQuestion, setMapQuestion] = useState<MapQuestion>("inheritance");
  const [copied, setCopied] = useState(false);
  const [exportTheme, setExportTheme] = useState<ExportTheme>("light");
  const docs = docCounts(result);
  // Past a handful of sources the matrix-like charts need the full width.
  const wide = result.sources.length > 7;

  if (!candidate) return <p className="text-sm text-zinc-600 dark:text-zinc-400">This analysis has no candidates.</p>;

  const metricIds = ["combined", ...Object.keys(candidate.metrics)] as MetricId[];
  const rankingData =
    metric === "combined"
      ? candidate.ranking.map((r) => ({ source: r.source, value: r.score, low: r.low, high: r.high, color: palette.color(r.source) }))
      : [...(candidate.metrics[metric as Exclude<MetricId, "combined">] ?? [])]
          .sort((a, b) => b.similarity - a.similarity)
          .map((m) => ({ source: m.source, value: m.similarity, low: m.low, high: m.high, color: palette.color(m.source) }));

  const heat = result.candidates.map((c) => result.sources.map((s) => c.ranking.find((r) => r.source === s)?.score ?? Number.NaN));
  const shareRows: ShareRow[] = result.candidates.flatMap((c) => {
    const rows: ShareRow[] = [toShareRow(`${c.name} · classifier`, c.documentShares)];
    if (c.promptAligned) rows.push(toShareRow(`${c.name} · prompt-aligned`, c.promptAligned.shares));
    return rows;
  });
  const roles = new Map(result.lineage.labels.map((l, i) => [l, result.lineage.roles[i]]));
  const tree = result.lineage[treeKind];
  const map = maps[mapQuestion];
  const disagreeing = map.agreement.filter((a) => a.top && a.nearest !== a.top);
  const candidateOptions = result.candidates.map((c) => ({ value: c.name, label: c.name }));
  const sep = result.separability;

  async function copyNewick() {
    await navigator.clipboard.writeText(tree.newick).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }

  function downloadNewick() {
    const url = URL.createObjectURL(new Blob([tree.newick + "\n"], { type: "text/plain" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${fileBase}-${treeKind}.nwk`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <div className="space-y-6">
      {focusTerm ? <FocusedTermChip term={focusTerm} onFocusTerm={setFocusTerm} top={access?.shareToken ? "page" : "under-header"} /> : null}
      {result.languageWarning ? (
        <Alert tone="warning" title="The corpora are in different languages">
          {result.languageWarning}
        </Alert>
      ) : null}
      <VerdictHeadlines result={result} color={palette.color} collectHref={access && !access.shareToken ? (id) => `/collect?corpus=${encodeURIComponent(id)}` : null} />
      <KinshipInheritance result={result} color={palette.color} focusTerm={focusTerm} onFocusTerm={setFocusTerm} />
      <IdentityEvidencePanel identity={result.identity} />

      <div className="flex justify-end">
        <ExportThemePicker value={exportTheme} onChange={setExportTheme} />
      </div>
      <ExportThemeProvider value={exportTheme}>
      <div className="grid gap-6 xl:grid-cols-2">
        <ChartFrame
          className="xl:col-span-2"
          title="Ranked similarity"
          chartId="ranking"
          fileBase={fileBase}
          description={`How much ${candidate.name} resembles each source. Whiskers and the table: 95% bootstrap interval; rank ranges say which places the intervals allow.`}
          controls={
            <>
              {result.candidates.length > 1 ? <LabeledSelect label="Candidate" value={candidate.name} options={candidateOptions} onChange={(v) => setCandidateName(v)} /> : null}
              <LabeledSelect label="Metric" value={metricIds.includes(metric) ? metric : "combined"} options={metricIds.map((m) => ({ value: m, label: metricLabel(m) }))} onChange={setMetric} />
            </>
          }
          methodNote={`${metricLabel(metric)}: ${METRIC_INFO[metric]?.explain ?? ""}; shown as similarity (higher = more alike) · ${paramLine(result.params, { docs })}`}
        >
          <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <RankingChart data={rankingData} valueLabel={`${metricLabel(metric)} similarity`} title={`Ranked similarity of ${candidate.name} to each source, ${metricLabel(metric)}`} />
            <ScrollHint label="Score table">
              <ScoreTable rows={rankingData} caption={`${metricLabel(metric)} similarity of ${candidate.name} to each source, with 95% intervals and rank ranges`} />
            </ScrollHint>
          </div>
        </ChartFrame>

        <ChartFrame
          className={wide ? "xl:col-span-2" : ""}
          title="Candidate × source"
          chartId="heatmap"
          fileBase={fileBase}
          description="Combined similarity of every candidate to every source; the verdict source is outlined."
          methodNote={`Combined: ${METRIC_INFO.combined.explain} · colour scaled to the observed range · ${paramLine(result.params, { docs })}`}
        >
          <ScoreHeatmap
            rows={result.candidates.map((c) => c.name)}
            columns={result.sources}
            values={heat}
            highlight={(i, j) => result.candidates[i]?.verdict.source === result.sources[j]}
          />
        </ChartFrame>

        <ChartFrame
          className={wide ? "xl:col-span-2" : ""}
          title="Per-document attribution"
          chartId="shares"
          fileBase={fileBase}
          description={`Share of candidate documents closest to each source.${focusTerm && access ? ` Below: how often “${focusTerm}” is used in each corpus.` : " Focus a term (kinship, over-used terms, evidence) to see its rate in each corpus here."}`}
          methodNote={`Classifier: ${METRIC_INFO.classifier.explain}; prompt-aligned: ${METRIC_INFO["prompt-aligned"].explain}${candidate.promptAligned ? ` (${candidate.promptAligned.sharedPrompts} shared prompts for ${candidate.name})` : ""} · ${paramLine(result.params, { docs })}`}
        >
          <ScrollHint label="Per-document attribution chart">
            <SharesChart rows={shareRows} sources={result.sources} color={palette.color} title="Per-document attribution: share of candidate documents closest to each source, per method" />
          </ScrollHint>
          {focusTerm && access ? <FocusedTermRates access={access} term={focusTerm} color={palette.color} /> : null}
        </ChartFrame>

        <ChartFrame
          className={wide ? "xl:col-span-2" : ""}
          title="Source separability"
          chartId="separability"
          fileBase={fileBase}
          description={sep.separable ? "The sources are distinguishable: attributions between them are meaningful." : "The sources are hard to tell apart: treat attributions between them with caution."}
          methodNote={`${sep.folds}-fold cross-validated accuracy of the source classifier over source documents; chance = 1 / ${sep.labels.length} sources · ${paramLine(result.params, { docs })}`}
        >
          <div className="space-y-4">
            <AccuracyBullet accuracy={sep.accuracy} chance={sep.chance} />
            <ConfusionTable labels={sep.labels} matrix={sep.confusion} />
          </div>
        </ChartFrame>

        <ChartFrame
          className="xl:col-span-2"
          title="Lineage tree"
          chartId="tree"
          fileBase={fileBase}
          description={treeKind === "nj" ? "Neighbour joining (unrooted, drawn from its first split). Numbers: bootstrap support %." : "UPGMA (average linkage, rooted). Numbers: bootstrap support %."}
          controls={
            <>
              <Segmented label="Tree method" value={treeKind} options={[{ value: "upgma", label: "UPGMA" }, { value: "nj", label: "NJ" }]} onChange={setTreeKind} />
              <SmallButton onClick={copyNewick} label="Copy Newick">{copied ? "Copied" : "Copy Newick"}</SmallButton>
              <SmallButton onClick={downloadNewick} label="Download Newick">.nwk</SmallButton>
            </>
          }
          methodNote={`${treeKind.toUpperCase()} on ${metricLabel(result.lineage.metric)} distances · branch lengths in distance units · support from ${result.params.bootstrap} bootstrap replicates · ${paramLine(result.params, { docs })}`}
        >
          <ScrollHint label="Lineage tree"><LineageTree tree={tree.tree} role={(l) => roles.get(l) ?? "source"} color={palette.color} /></ScrollHint>
        </ChartFrame>

        <ChartFrame
          className="xl:col-span-2"
          title="Map of corpora"
          chartId="map"
          fileBase={fileBase}
          description={
            <>
              Drawn from the distances the {mapQuestion === "inheritance" ? "verdict" : "kinship ranking"} uses: the closer a candidate sits to a source, the
              higher it scored. Fit: stress {map.stress.toFixed(2)} ({stressWord(map.stress)}).
              {disagreeing.length > 0
                ? ` The flat map could not keep every distance: ${disagreeing.map((a) => `${a.candidate} sits nearest ${a.nearest}, but ranks ${a.top} first`).join("; ")}.`
                : null}
            </>
          }
          controls={
            <Segmented
              label="Distances"
              value={mapQuestion}
              options={[
                { value: "inheritance", label: "Vocabulary (verdict)" },
                { value: "kinship", label: "Form" },
              ]}
              onChange={setMapQuestion}
            />
          }
          methodNote={`Candidate–source distance 2·(1 − ${mapQuestion === "inheritance" ? "inheritance" : "kinship"} similarity); source–source and candidate–candidate: ${metricLabel(result.lineage.metric)} scaled to mean 1 · classical MDS start, SMACOF · Kruskal stress-1 ${map.stress.toFixed(3)} · ${paramLine(result.params, { docs })}`}
        >
          <VerdictMapChart map={map} color={palette.color} title={`Map of corpora, ${mapQuestion === "inheritance" ? "vocabulary (verdict)" : "form"} distances`} />
        </ChartFrame>
      </div>

      </ExportThemeProvider>

      <SlopProfiles result={result} focusTerm={focusTerm} onFocusTerm={setFocusTerm} color={palette.color} />

      <EvidencePanel key={candidate.name} result={result} initialCandidate={candidate.name} access={access} focusTerm={focusTerm} onFocusTerm={setFocusTerm} />

      {/* Only when the user said the candidates are versions of one model: comparing unrelated models misleads. */}
      {result.candidates.length > 1 && candidatesAreVersions(result) ? <VersionComparison result={result} fileBase={fileBase} /> : null}
    </div>
  );
}

function toShareRow(label: string, shares: { source: string; count: number; share: number }[]): ShareRow {
  return {
    label,
    shares: Object.fromEntries(shares.map((s) => [s.source, s.share])),
    counts: Object.fromEntries(shares.map((s) => [s.source, s.count])),
  };
}

/** Set in the new-analysis form (params.candidatesAreVersions); results from before it have no comparison. */
function candidatesAreVersions(result: PageResult): boolean {
  return (result.params as PageResult["params"] & { candidatesAreVersions?: boolean }).candidatesAreVersions === true;
}

/** Kruskal's rough guide to stress-1. */
function stressWord(stress: number): string {
  return stress < 0.05 ? "excellent" : stress < 0.1 ? "good" : stress < 0.2 ? "fair" : "poor: read distances with care";
}
