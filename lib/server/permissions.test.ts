import { describe, expect, it } from "vitest";
import { defaultRole } from "./access";
import { canManageMembers, canWrite } from "./permissions";

describe("permissions", () => {
  it("owners and members write; viewers only read; only owners manage members", () => {
    expect([canWrite("owner"), canWrite("member"), canWrite("viewer")]).toEqual([true, true, false]);
    expect([canManageMembers("owner"), canManageMembers("member"), canManageMembers("viewer")]).toEqual([true, false, false]);
  });

  it("a route that names no role needs a member to change workspace data, anyone to read it", () => {
    expect(defaultRole("workspace", "GET")).toBe("viewer");
    expect(defaultRole("workspace", "HEAD")).toBe("viewer");
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) expect(defaultRole("workspace", method)).toBe("member");
    expect(defaultRole("user", "POST")).toBe("viewer");
  });
});
