export function holdView(payload: { view: Float64Array; started: Int32Array; busyMs: number }): number;
export function viewCollected(): boolean;
