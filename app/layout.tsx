import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { themeScript } from "@/components/layout/theme-script";
import { ThemeSync } from "@/components/layout/theme-sync";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Distillscope", template: "%s · Distillscope" },
  description: "Stylometric attribution of model outputs: which source model does a candidate most resemble?",
  icons: { icon: "/icon.svg" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The page's CSP nonce (proxy.ts): the one inline script of our own must carry it to run. Reading the
  // request makes every page render per request, which the nonce needs anyway.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The theme script edits <html>'s class before hydration.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:left-4 focus:top-3"
        >
          Skip to content
        </a>
        <ThemeSync />
        {children}
      </body>
    </html>
  );
}
