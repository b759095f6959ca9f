"use client";
import { useEffect } from "react";

/** Brings a deep-linked document into view once it is on the page. The #doc-N hash alone loses a race with
 * client navigation: the browser may look for the element before the streamed list has rendered it. */
export function ScrollToDocument({ ordinal }: { ordinal: number }) {
  useEffect(() => {
    document.getElementById(`doc-${ordinal}`)?.scrollIntoView({ block: "start" });
  }, [ordinal]);
  return null;
}
