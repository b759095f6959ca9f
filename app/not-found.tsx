import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <EmptyState
      title="Page not found"
      description="The page or record you asked for does not exist. It may have been deleted."
      action={<ButtonLink href="/">Back to corpora</ButtonLink>}
    />
  );
}
