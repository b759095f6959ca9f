// Task module for test/support/task-cpu-reported.ts: keeps its thread busy for `busyMs` of wall time. Plain
// JavaScript, so a thread imports it as it imports the built task modules in dist/.
export function spin({ busyMs }) {
  const until = Date.now() + busyMs;
  let turns = 0;
  while (Date.now() < until) turns++;
  return turns > 0;
}
