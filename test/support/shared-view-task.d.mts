export function holdView(payload: { view: Float64Array; busyMs: number }): number;
export function viewCollected(): boolean;
