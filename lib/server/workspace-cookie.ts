// The active workspace travels in a cookie (browser) or a header (scripts); membership is always
// checked on the server, so a forged value only ever reaches the caller's own workspaces.
export const WORKSPACE_COOKIE = "distillscope.workspace";
export const WORKSPACE_HEADER = "x-workspace-id";
