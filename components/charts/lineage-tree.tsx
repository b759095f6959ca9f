"use client";
// Phylogram: leaf order from d3-hierarchy's cluster layout, horizontal position from summed branch
// lengths, elbow edges, bootstrap support on internal nodes, sources as coloured circles and candidates
// as grey diamonds.
import { cluster, hierarchy, type HierarchyNode } from "d3-hierarchy";
import type { TreeNode } from "@/lib/analysis/result-types";
import { truncateLabel } from "./axis-label";
import { CANDIDATE_COLORS } from "./palette";
import { useHydrated } from "@/components/ui/use-hydrated";

type Props = { tree: TreeNode; role: (label: string) => "source" | "candidate"; color: (label: string) => string };

const ROW = 24;
const WIDTH = 1000;
const LABEL_W = 260;
const PAD = 16;

const svgHeight = (leaves: number) => Math.max(80, leaves * ROW) + 40;
const countLeaves = (n: TreeNode): number => (n.children?.length ? n.children.reduce((sum, c) => sum + countLeaves(c), 0) : 1);

/** Drawn in the browser only (below the fold); the placeholder takes the drawn tree's size. */
export function LineageTree(props: Props) {
  if (useHydrated()) return <TreeSvg {...props} />;
  return <div aria-hidden="true" style={{ width: "100%", maxWidth: WIDTH, minWidth: 560, aspectRatio: `${WIDTH} / ${svgHeight(countLeaves(props.tree))}` }} />;
}

function TreeSvg({ tree, role, color }: Props) {
  const root = hierarchy(tree, (n) => n.children);
  const leaves = root.leaves().length;
  const height = svgHeight(leaves);
  cluster<TreeNode>().size([height - 40, 1])(root);

  const depth = new Map<HierarchyNode<TreeNode>, number>();
  root.each((n) => depth.set(n, n.parent ? depth.get(n.parent)! + Math.max(0, n.data.length) : 0));
  const maxDepth = Math.max(1e-9, ...depth.values());
  const x = (n: HierarchyNode<TreeNode>) => PAD + (depth.get(n)! / maxDepth) * (WIDTH - LABEL_W - PAD * 2);
  const y = (n: HierarchyNode<TreeNode>) => (n.x ?? 0) + 16;
  const bar = niceLength(maxDepth / 4);

  return (
    <svg data-chart-svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH, minWidth: 560 }} role="img" aria-label="Lineage tree" fontSize={13} data-testid="lineage-tree">
      <g fill="none" stroke="currentColor" strokeOpacity={0.7} strokeWidth={1.5}>
        {root.links().map((l, i) => (
          <path key={i} d={`M${x(l.source)},${y(l.source)}V${y(l.target)}H${x(l.target)}`} />
        ))}
      </g>
      {root.descendants().filter((n) => n.children && n.data.support !== undefined && n.parent).map((n, i) => (
        <text key={i} x={x(n) - 4} y={y(n) - 5} textAnchor="end" fontSize={10} fill="currentColor" fillOpacity={0.75}>
          {Math.round((n.data.support ?? 0) * 100)}
        </text>
      ))}
      {root.leaves().map((n, i) => {
        const name = n.data.name ?? "";
        const isCandidate = role(name) === "candidate";
        const cx = x(n);
        const cy = y(n);
        return (
          <g key={i}>
            {isCandidate ? (
              <rect x={cx - 5} y={cy - 5} width={10} height={10} transform={`rotate(45 ${cx} ${cy})`} fill={CANDIDATE_COLORS[0]} stroke="currentColor" strokeWidth={1} />
            ) : (
              <circle cx={cx} cy={cy} r={5.5} fill={color(name)} stroke="currentColor" strokeWidth={0.75} />
            )}
            <text x={cx + 10} y={cy + 4} fill="currentColor" fontWeight={isCandidate ? 600 : 400}>
              <title>{`${name} (${isCandidate ? "candidate" : "source"})`}</title>
              {truncateLabel(name, 26)}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${PAD},${height - 14})`} stroke="currentColor" fill="currentColor">
        <line x1={0} x2={(bar / maxDepth) * (WIDTH - LABEL_W - PAD * 2)} y1={0} y2={0} strokeWidth={1.5} />
        <text x={(bar / maxDepth) * (WIDTH - LABEL_W - PAD * 2) + 6} y={4} fontSize={10} stroke="none">{bar} distance</text>
      </g>
    </svg>
  );
}

function niceLength(x: number): number {
  if (!(x > 0)) return 0;
  const p = 10 ** Math.floor(Math.log10(x));
  const m = x / p;
  return Number(((m >= 5 ? 5 : m >= 2 ? 2 : 1) * p).toPrecision(3));
}
