import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Above analyses/[id] so it also catches the notFound() of that segment's layout.
export default function AnalysisNotFound() {
  return (
    <EmptyState
      title="Analysis not found"
      description="It may have been deleted, or the link is wrong."
      action={<ButtonLink href="/analyses">All analyses</ButtonLink>}
    />
  );
}
