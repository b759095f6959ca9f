"use client";

import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="mx-auto max-w-xl space-y-4 py-8">
      <Alert tone="error" title="Something went wrong">
        <p>{error.message || "An unexpected error occurred while loading this page."}</p>
        {error.digest ? <p className="mt-1 font-mono text-xs opacity-80">Reference: {error.digest}</p> : null}
      </Alert>
      <div className="flex gap-2">
        <Button onClick={reset}>Try again</Button>
        <ButtonLink href="/" variant="secondary">
          Back to corpora
        </ButtonLink>
      </div>
    </div>
  );
}
