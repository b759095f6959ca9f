// The job worker's environment: glibc's hint to back its large allocations with transparent huge pages.
// On some VMs a first touch of a 4 KiB page is slow (the bench's "New memory" line), and an analysis of 12
// stored corpora touches a few hundred MB of new memory (inflated fingerprints, rows, vectors): with 2 MiB
// pages the worker path is faster, for a somewhat larger RSS (the bench times it both ways). glibc 2.35 and
// later read GLIBC_TUNABLES as a process starts (so it is set for the child, not here); others ignore it, and
// so does a kernel whose transparent huge pages are off. The CLI does without: its peak RSS has a target.

export const HUGE_PAGES_TUNABLE = "glibc.malloc.hugetlb=1";

type Env = Record<string, string | undefined>;

/**
 * `env` with GLIBC_TUNABLES set to the huge-page hint when it is not set at all: an operator's own tunables
 * (glibc.malloc.hugetlb=0 among them) are kept as they are. package.json's `worker` script follows the same rule.
 */
export function workerProcessEnv<E extends Env>(env: E): E & { GLIBC_TUNABLES: string } {
  return { ...env, GLIBC_TUNABLES: env.GLIBC_TUNABLES || HUGE_PAGES_TUNABLE };
}
