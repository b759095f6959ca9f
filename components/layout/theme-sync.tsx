"use client";

import { useLayoutEffect } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";

/**
 * Applies the theme again once React has rendered. The inline script in <head> normally does it before paint,
 * but a 404 from notFound() arrives as an empty HTML shell that React fills in on the client, and a script
 * rendered by React never runs: without this, those pages would always be light.
 */
export function ThemeSync() {
  useLayoutEffect(() => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(THEME_STORAGE_KEY);
    } catch {
      // Private mode: follow the system.
    }
    const dark = stored ? stored === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
    document.documentElement.classList.toggle("dark", dark);
  }, []);
  return null;
}
