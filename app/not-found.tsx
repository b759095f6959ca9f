import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
      <EmptyState
      title="Page not found"
      description="The page or record you asked for does not exist. It may have been deleted."
        action={<ButtonLink href="/">Back to Distillscope</ButtonLink>}
      />
    </main>
  );
}
