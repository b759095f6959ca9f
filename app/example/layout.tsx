import Link from "next/link";
import type { ReactNode } from "react";
import { StandaloneShell } from "@/components/layout/standalone-shell";

// The example stands alone, like a shared analysis: no workspace, a way in for those who have none yet.
export default function ExampleLayout({ children }: { children: ReactNode }) {
  const signIn = (
    <Link href="/sign-in" className="whitespace-nowrap text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-400">
      Sign in
    </Link>
  );
  return (
    <StandaloneShell badge="Example analysis" actions={signIn}>
      {children}
    </StandaloneShell>
  );
}
