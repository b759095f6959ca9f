// Chart export in the browser: serialise a chart's <svg> with its computed styles inlined (the page's CSS
// and dark-mode variables do not travel with the file), frame it with its title and the analysis parameters
// (a figure must say what it shows and how it was made), and rasterise it to PNG through a canvas. Exports
// use the light theme unless asked otherwise: figures go into documents with white pages.
const STYLE_PROPS = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "opacity",
  "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline", "visibility",
];

export function serializeSvg(svg: SVGSVGElement, background: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(Math.ceil(width)));
  clone.setAttribute("height", String(Math.ceil(height)));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`);
  const bg = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", background);
  clone.insertBefore(bg, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";");
  target.setAttribute("style", style);
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i], target.children[i]);
}

export async function svgToPngBlob(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.decoding = "sync";
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("The chart could not be drawn as an image."));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("Canvas is not available.");
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The page background, so exported charts keep the contrast they had on screen. */
export function pageBackground(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg && bg !== "transparent" && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return "#ffffff";
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Runs `fn` with the page's light theme applied (synchronously: nothing is painted in between). */
export function withLightTheme<T>(fn: () => T): T {
  const root = document.documentElement;
  if (!root.classList.contains("dark")) return fn();
  root.classList.remove("dark");
  try {
    return fn();
  } finally {
    root.classList.add("dark");
  }
}

export type FigureText = { title: string; subtitle?: string; note?: string };

/**
 * The chart's SVG inside a figure: title and subtitle above, the parameter note below (wrapped), on the given
 * background. Returns the SVG text and its size.
 */
export function serializeFigure(svg: SVGSVGElement, text: FigureText, background: string, ink: string): { svg: string; width: number; height: number } {
  const inner = serializeSvg(svg, background).replace(/^<\?xml[^>]*>\s*/, "");
  const chartW = Math.ceil(svg.getBoundingClientRect().width);
  const chartH = Math.ceil(svg.getBoundingClientRect().height);
  const pad = 16;
  const width = Math.max(chartW + 2 * pad, 420);
  const perLine = Math.max(40, Math.floor((width - 2 * pad) / 6.2));
  const subtitle = text.subtitle ? wrapText(text.subtitle, Math.floor(perLine * 0.95)) : [];
  const note = text.note ? wrapText(text.note, perLine) : [];
  const top = pad + 18 + subtitle.length * 16 + 8;
  const height = top + chartH + 10 + note.length * 14 + pad;
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const font = "font-family:ui-sans-serif,system-ui,sans-serif";
  const lines = [
    `<rect width="100%" height="100%" fill="${background}"/>`,
    `<text x="${pad}" y="${pad + 14}" style="${font};font-size:16px;font-weight:600;fill:${ink}">${esc(text.title)}</text>`,
    ...subtitle.map((l, i) => `<text x="${pad}" y="${pad + 34 + i * 16}" style="${font};font-size:12px;fill:${ink};fill-opacity:0.8">${esc(l)}</text>`),
    `<g transform="translate(${Math.round((width - chartW) / 2)},${top})">${inner}</g>`,
    ...note.map((l, i) => `<text x="${pad}" y="${top + chartH + 20 + i * 14}" style="font-family:ui-monospace,monospace;font-size:10.5px;fill:${ink};fill-opacity:0.75">${esc(l)}</text>`),
  ];
  const out = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${lines.join("")}</svg>`;
  return { svg: out, width, height };
}

/** Greedy word wrap to lines of at most `perLine` characters. */
export function wrapText(text: string, perLine: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    if (line && (line + " " + word).length > perLine) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
