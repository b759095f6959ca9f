// In the (list) group, not in analyses/: there it would wrap /analyses/[id] too and turn its 404 into a streamed 200.
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div aria-busy="true" className="space-y-4">
      <span className="sr-only">Loading analyses…</span>
      <Skeleton className="h-7 w-40" />
      <Skeleton className="h-4 w-96" />
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} className="h-12" />
      ))}
    </div>
  );
}
