import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Above corpora/[id] so it also catches the notFound() of that segment's layout.
export default function CorpusNotFound() {
  return (
    <EmptyState
      title="Corpus not found"
      description="It may have been deleted, or the link is wrong."
      action={<ButtonLink href="/">All corpora</ButtonLink>}
    />
  );
}
