import type { ReactNode } from "react";
import { StandaloneShell } from "@/components/layout/standalone-shell";

// A shared analysis stands alone: no navigation into the workspace, nothing to click but the results.
export default function SharedLayout({ children }: { children: ReactNode }) {
  return <StandaloneShell badge="Shared analysis · read-only">{children}</StandaloneShell>;
}
