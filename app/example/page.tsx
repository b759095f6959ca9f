// A result anyone can look at before uploading: the invented corpora of the browser tests, analysed by this
// code (lib/example). Rendered per request like every results page: the server's warm-up at start
// (scripts/start-server.mjs) renders it to compile the results view before the first real reader comes.
import type { Metadata } from "next";
import { ResultsView } from "@/components/analysis/results-view";
import { Alert } from "@/components/ui/alert";
import type { AnalysisResult } from "@/lib/analysis/result-types";
import example from "@/lib/example/example-result.json";
import { getResultsPageView } from "@/lib/db/analyses/results-page-view";

export const metadata: Metadata = { title: "Example analysis", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

const result = example as unknown as AnalysisResult;

export default function ExamplePage() {
  const words = result.corpora.reduce((sum, c) => sum + c.tokens, 0);
  const answers = result.corpora.map((c) => c.documents);
  return (
    <>
      <div className="mb-6">
        <p className="mb-1 text-sm text-zinc-500 dark:text-zinc-400">Example analysis · read-only</p>
        <h1 className="text-2xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
          Which of {result.sources.length} sources does {result.candidates.map((c) => c.name).join(", ")} resemble?
        </h1>
      </div>
      <Alert tone="info" title="Small invented corpora">
        {result.corpora.length} corpora of {Math.min(...answers)} to {Math.max(...answers)} short answers each ({words.toLocaleString("en")} words in all),
        written for this app&apos;s tests. That is too little text to name a teacher, and the verdict says so: read it as a tour of the
        page, not as a finding.
      </Alert>
      <div className="mt-6">
        <ResultsView {...getResultsPageView(result)} fileBase="example" access={null} />
      </div>
    </>
  );
}
