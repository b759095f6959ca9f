import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { findAnalysis, preloadShareLinks } from "./find-analysis";

// The existence check lives here, not only in the page: a layout renders above its segment's loading.tsx,
// so notFound() runs before streaming starts and the response is a real 404 (analyses/not-found.tsx).
export default async function AnalysisLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  preloadShareLinks(id);
  if (!(await findAnalysis(id))) notFound();
  return children;
}
