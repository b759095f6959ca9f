"use client";
// Pick sources and candidates, set options, run. The server queues the analysis and the results page polls it.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field, Input } from "@/components/ui/input";
import { sourcesForVerdict } from "@/lib/analysis/attribution/calibration";
import { CorpusPicker } from "./corpus-picker";
import type { AnalysisOptionDefaults, CorpusOption } from "./types";

const SOURCES_FOR_VERDICT = sourcesForVerdict();

type Options = { mfw: number; culling: number; bootstrap: number; seed: number; maxDocumentsPerCorpus: number | "" };

type Props = {
  corpora: CorpusOption[];
  defaults: AnalysisOptionDefaults;
  /** Preselected, e.g. by "New analysis with these corpora" after an upload. */
  initialSources?: string[];
  initialCandidates?: string[];
};

export function NewAnalysisForm({ corpora, defaults, initialSources = [], initialCandidates = [] }: Props) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [sources, setSources] = useState<string[]>(initialSources);
  const [candidates, setCandidates] = useState<string[]>(initialCandidates);
  const [versions, setVersions] = useState(false);
  const [opts, setOpts] = useState<Options>({ ...defaults, maxDocumentsPerCorpus: defaults.maxDocumentsPerCorpus ?? "" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const problem =
    sources.length < 2 ? "Pick at least two sources." : candidates.length < 1 ? "Pick at least one candidate." : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      const options: Record<string, number | boolean> = { mfw: opts.mfw, culling: opts.culling, bootstrap: opts.bootstrap, seed: opts.seed };
      if (opts.maxDocumentsPerCorpus !== "") options.maxDocumentsPerCorpus = opts.maxDocumentsPerCorpus;
      // Version comparison only makes sense for two or more candidates the user says are one model's versions.
      options.candidatesAreVersions = versions && candidates.length > 1;
      const res = await fetch("/api/analyses", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...(name.trim() ? { name: name.trim() } : {}), sourceIds: sources, candidateIds: candidates, options }),
      });
      const body = (await res.json().catch(() => null)) as { id?: string; error?: { message?: string } } | null;
      if (!res.ok || !body?.id) throw new Error(body?.error?.message ?? `The analysis could not be started (${res.status}).`);
      router.push(`/analyses/${body.id}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : "The analysis could not be started.");
      setBusy(false);
    }
  }

  const num = (key: Exclude<keyof Options, "maxDocumentsPerCorpus">) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setOpts((o) => ({ ...o, [key]: Number(e.target.value) }));

  return (
    <form onSubmit={submit} className="space-y-6" aria-describedby={error ? "new-analysis-error" : undefined}>
      <Field label="Name (optional)" htmlFor="analysis-name" hint="Defaults to the candidates' names.">
        <Input id="analysis-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} placeholder="e.g. Which model taught model X?" />
      </Field>

      <div className="grid gap-4 md:grid-cols-2">
        <CorpusPicker
          legend="Sources"
          hint={`The models a candidate may have learned from. At least two; for a verdict that names one, ${SOURCES_FOR_VERDICT} or more (the others stand in for a teacher that was never uploaded).`}
          corpora={corpora}
          selected={sources}
          blocked={new Set(candidates)}
          blockedReason="picked as a candidate"
          onChange={setSources}
        />
        <CorpusPicker
          legend="Candidates"
          hint="The models under suspicion. Each is compared with every source."
          corpora={corpora}
          selected={candidates}
          blocked={new Set(sources)}
          blockedReason="picked as a source"
          onChange={setCandidates}
        />
      </div>

      <Checkbox
        id="candidates-are-versions"
        checked={versions && candidates.length > 1}
        disabled={candidates.length < 2}
        onChange={(e) => setVersions(e.target.checked)}
        label="The candidates are versions of one model"
        description={
          candidates.length < 2
            ? "Pick two or more candidates to compare versions."
            : "Adds a version comparison to the results (what changed between them). Leave it off for unrelated models."
        }
      />

      <fieldset className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <legend className="px-1 text-sm font-semibold text-zinc-900 dark:text-zinc-100">Options</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Field label="Most frequent words (MFW)" htmlFor="opt-mfw" hint="How many of the commonest words form the fingerprint.">
            <Input id="opt-mfw" type="number" min={20} max={5000} step={10} value={opts.mfw} onChange={num("mfw")} required />
          </Field>
          <Field label="Culling" htmlFor="opt-culling" hint="A word must occur in at least this share of corpora (0–1).">
            <Input id="opt-culling" type="number" min={0} max={1} step={0.05} value={opts.culling} onChange={num("culling")} required />
          </Field>
          <Field label="Bootstrap replicates" htmlFor="opt-bootstrap" hint="Resamples for the intervals, tree support and the calibrated confidence (below 2: no verdict); more is slower.">
            <Input id="opt-bootstrap" type="number" min={0} max={2000} step={10} value={opts.bootstrap} onChange={num("bootstrap")} required />
          </Field>
          <Field label="Random seed" htmlFor="opt-seed" hint="The same seed and inputs give the same result.">
            <Input id="opt-seed" type="number" min={0} step={1} value={opts.seed} onChange={num("seed")} required />
          </Field>
          <Field label="Max documents per corpus" htmlFor="opt-maxdocs" hint="Sample large corpora down to this size; empty = use all.">
            <Input
              id="opt-maxdocs"
              type="number"
              min={10}
              step={10}
              value={opts.maxDocumentsPerCorpus}
              onChange={(e) => setOpts((o) => ({ ...o, maxDocumentsPerCorpus: e.target.value === "" ? "" : Number(e.target.value) }))}
              placeholder="all"
            />
          </Field>
        </div>
      </fieldset>

      {error ? <div id="new-analysis-error"><Alert tone="error">{error}</Alert></div> : null}

      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy}>{busy ? "Starting…" : "Run analysis"}</Button>
        <p className="text-sm text-zinc-500 dark:text-zinc-400" aria-live="polite">
          {problem ??
            `${sources.length} sources × ${candidates.length} candidate${candidates.length === 1 ? "" : "s"}${
              sources.length < SOURCES_FOR_VERDICT ? ` · fewer than ${SOURCES_FOR_VERDICT} sources: ranked, but no source will be named` : ""
            }`}
        </p>
      </div>
    </form>
  );
}
