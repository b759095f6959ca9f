import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { findAnalysis } from "./find-analysis";

// The existence check lives here, not only in the page: a layout renders above its segment's loading.tsx,
// so notFound() runs before streaming starts and the response is a real 404 (analyses/not-found.tsx).
export default async function AnalysisLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  if (!(await findAnalysis((await params).id))) notFound();
  return children;
}
