export function holdMemory(payload: { mb: number }): number;
export function waitForRelease(payload: { release: Int32Array }): string;
export function threadOf(): Promise<number>;
