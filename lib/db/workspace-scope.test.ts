import { describe, expect, it } from "vitest";
import { workspaceScope } from "./workspace-scope";

describe("workspaceScope", () => {
  it("passes a workspace id through", () => expect(workspaceScope("ws_abc")).toBe("ws_abc"));
  it.each([undefined, "", { search: "x" }, null])("refuses %s instead of dropping the filter", (bad) => {
    expect(() => workspaceScope(bad as unknown as string)).toThrow(TypeError);
  });
});
