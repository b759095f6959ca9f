import { describe, expect, it } from "vitest";
import { formatLength, parseNewick, quoteLabel, toNewick } from "./newick";
import { upgma } from "./upgma";
import { fromUpperTriangle } from "./test-helpers";
import type { TreeNode } from "@/lib/analysis/result-types";

describe("toNewick", () => {
  it("writes the Wikipedia UPGMA tree", () => {
    const tree = upgma(["a", "b", "c", "d", "e"], fromUpperTriangle([[17, 21, 31, 23], [30, 34, 21], [28, 39], [43]]));
    expect(toNewick(tree)).toBe("(((a:8.5,b:8.5):2.5,e:11):5.5,(c:14,d:14):2.5);");
  });

  it("quotes labels Newick would misread and doubles inner quotes", () => {
    expect(quoteLabel("gpt-4o")).toBe("gpt-4o");
    expect(quoteLabel("Claude 3 Opus")).toBe("'Claude 3 Opus'");
    expect(quoteLabel("llama(70b):v2,x")).toBe("'llama(70b):v2,x'");
    expect(quoteLabel("it's")).toBe("'it''s'");
    expect(quoteLabel("a_b")).toBe("'a_b'");
    expect(quoteLabel("semi;colon[x]")).toBe("'semi;colon[x]'");
  });

  it("keeps six significant digits and writes support as a percentage", () => {
    expect(formatLength(1 / 3)).toBe("0.333333");
    expect(formatLength(123.4567891)).toBe("123.457");
    expect(formatLength(2)).toBe("2");
    expect(formatLength(0)).toBe("0");
    const tree: TreeNode = {
      length: 0,
      children: [
        { length: 0.1, support: 0.954, children: [{ name: "x y", length: 1 / 3 }, { name: "z", length: 1 }] },
        { name: "w", length: 2 },
      ],
    };
    expect(toNewick(tree)).toBe("(('x y':0.333333,z:1)95:0.1,w:2);");
  });
});

describe("parseNewick", () => {
  it("reads lengths, support, quoted labels, underscores and comments", () => {
    const tree = parseNewick(" ( ('it''s':1e-3, b_c:2)[comment]80:0.5 , d:.25 ) ; ");
    expect(tree).toEqual({
      length: 0,
      children: [
        { length: 0.5, support: 0.8, children: [{ name: "it's", length: 0.001 }, { name: "b c", length: 2 }] },
        { name: "d", length: 0.25 },
      ],
    });
  });

  it("round-trips trees through toNewick", () => {
    const tree: TreeNode = {
      length: 0,
      children: [
        { length: 3, support: 0.5, children: [{ name: "a_1", length: 2 }, { name: "(b)", length: 3 }] },
        { name: "it's, c", length: 4 },
        { name: "42", length: 0 },
        { length: 1, name: "7x", children: [{ name: "d", length: 1 }, { length: 1 }] },
      ],
    };
    const text = toNewick(tree);
    expect(text).toBe("(('a_1':2,'(b)':3)50:3,'it''s, c':4,42:0,(d:1,:1)'7x':1);");
    expect(parseNewick(text)).toEqual(tree);
    expect(toNewick(parseNewick(text))).toBe(text);
  });

  it("reports malformed input with its position", () => {
    expect(() => parseNewick("((a,b);")).toThrow(/expected '\)'/);
    expect(() => parseNewick("(a:x,b);")).toThrow(/branch length/);
    expect(() => parseNewick("('a,b);")).toThrow(/unterminated/);
    expect(() => parseNewick("(a,b);c")).toThrow(/after the tree/);
  });
});
