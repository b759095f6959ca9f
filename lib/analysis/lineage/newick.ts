// Newick text for TreeNode. Labels that plain Newick would misread (blanks, ()[]':;, or underscores, which
// readers turn into blanks) are single-quoted with '' for a quote. Internal-node support is written as an
// integer percentage label, e.g. ")95:0.1"; parseNewick reads numeric internal labels back as support / 100.
import type { TreeNode } from "@/lib/analysis/result-types";

const NEEDS_QUOTES = /[\s()[\]':;,_]/;

export function toNewick(tree: TreeNode): string {
  const body = writeNode(tree);
  return `${body}${tree.length ? `:${formatLength(tree.length)}` : ""};`;
}

function writeNode(node: TreeNode): string {
  if (!node.children?.length) return quoteLabel(node.name ?? "");
  const inner = node.children.map((c) => `${writeNode(c)}:${formatLength(c.length)}`).join(",");
  if (node.support !== undefined) return `(${inner})${Math.round(node.support * 100)}`;
  // A numeric internal name is quoted so that it is not read back as support.
  const name = node.name ?? "";
  return `(${inner})${quoteLabel(name, /^[+-]?\d/.test(name))}`;
}

export function quoteLabel(label: string, force = false): string {
  if (!force && !NEEDS_QUOTES.test(label)) return label;
  return `'${label.replace(/'/g, "''")}'`;
}

export function formatLength(x: number): string {
  if (!Number.isFinite(x) || x === 0) return "0";
  return String(Number(x.toPrecision(6)));
}

export function parseNewick(text: string): TreeNode {
  const parser = new Parser(text);
  const tree = parser.parseNode();
  parser.skipBlank();
  if (parser.peek() === ";") parser.pos++;
  parser.skipBlank();
  if (parser.pos < text.length) parser.fail("unexpected text after the tree");
  return tree;
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  parseNode(): TreeNode {
    this.skipBlank();
    const node: TreeNode = { length: 0 };
    if (this.peek() === "(") {
      this.pos++;
      node.children = [this.parseNode()];
      while (this.skipBlank(), this.peek() === ",") {
        this.pos++;
        node.children.push(this.parseNode());
      }
      if (this.peek() !== ")") this.fail("expected ')'");
      this.pos++;
    }
    const label = this.parseLabel();
    if (node.children && label.text !== "" && !label.quoted && /^[+-]?\d+(\.\d+)?$/.test(label.text)) {
      node.support = Number(label.text) / 100;
    } else if (label.text !== "") {
      node.name = label.text;
    }
    this.skipBlank();
    if (this.peek() === ":") {
      this.pos++;
      node.length = this.parseNumber();
    }
    return node;
  }

  parseLabel(): { text: string; quoted: boolean } {
    this.skipBlank();
    if (this.peek() === "'") return { text: this.parseQuoted(), quoted: true };
    const start = this.pos;
    while (this.pos < this.text.length && !/[\s()[\]':;,]/.test(this.text[this.pos])) this.pos++;
    return { text: this.text.slice(start, this.pos).replace(/_/g, " "), quoted: false };
  }

  parseQuoted(): string {
    this.pos++;
    let out = "";
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos++];
      if (ch !== "'") {
        out += ch;
        continue;
      }
      if (this.peek() !== "'") return out;
      out += "'";
      this.pos++;
    }
    return this.fail("unterminated quoted label");
  }

  parseNumber(): number {
    this.skipBlank();
    const match = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match) this.fail("expected a branch length");
    this.pos += match![0].length;
    return Number(match![0]);
  }

  // Skips whitespace and [bracketed comments].
  skipBlank(): void {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (/\s/.test(ch)) this.pos++;
      else if (ch === "[") {
        const end = this.text.indexOf("]", this.pos);
        if (end < 0) this.fail("unterminated comment");
        this.pos = end + 1;
      } else return;
    }
  }

  peek(): string {
    return this.text[this.pos] ?? "";
  }

  fail(message: string): never {
    throw new Error(`parseNewick: ${message} at ${this.pos}`);
  }
}
