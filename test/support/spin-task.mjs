// Task module for test/support/task-cpu-reported.ts: keeps its thread busy until the process has used `busyMs`
// of CPU (the process' count: the other threads wait meanwhile), so a loaded machine that gives the thread
// less of a core lengthens the task instead of shrinking its CPU. Plain JavaScript, so a thread imports it as
// it imports the built task modules in dist/.
export function spin({ busyMs }) {
  const start = process.cpuUsage();
  let turns = 0;
  for (let used = process.cpuUsage(start); used.user + used.system < busyMs * 1000; used = process.cpuUsage(start)) turns++;
  return turns >= 0;
}
