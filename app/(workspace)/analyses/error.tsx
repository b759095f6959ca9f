"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function AnalysesError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-8">
      <Alert tone="error" title="The analysis could not be loaded">
        <p>{error.message || "An unexpected error occurred."}</p>
        {error.digest ? <p className="mt-1 font-mono text-xs opacity-80">Reference: {error.digest}</p> : null}
      </Alert>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
