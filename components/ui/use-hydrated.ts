"use client";
// False in the server render and while hydrating, true once the page runs in the browser: for parts drawn
// only there. The results page's charts below the fold are (components/charts/verdict-map.tsx,
// lineage-tree.tsx): under many concurrent readers every element the server renders costs CPU per request.
import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
