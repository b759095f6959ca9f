import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { findCorpus } from "./find-corpus";

// The existence check lives here, not only in the page: a layout renders above its segment's loading.tsx,
// so notFound() runs before streaming starts and the response is a real 404 (corpora/not-found.tsx).
export default async function CorpusLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  if (!(await findCorpus((await params).id))) notFound();
  return children;
}
