import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";

// The workspace shell: navigation into corpora and analyses. Shared views (app/s) do not get it.
export default function WorkspaceLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
