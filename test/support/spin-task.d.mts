export function spin(payload: { busyMs: number }): boolean;
