// Loaded with `node --import` in front of podsec's CLI. At exit it writes, as JSON, to the file named by
// PODSEC_BENCH_STATS_FILE: the process's own exact peak RSS (getrusage ru_maxrss, kB, children
// excluded), its own CPU time, and the CPU time of the children it waited for (helm, kubectl), from
// /proc/self/stat (cutime/cstime, in clock ticks).
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.PODSEC_BENCH_STATS_FILE;
const ticksPerSecond = Number(process.env.PODSEC_BENCH_CLK_TCK ?? '100');
if (file) {
  // podsec's tools must not inherit the variables; they are only for this process.
  delete process.env.PODSEC_BENCH_STATS_FILE;
  delete process.env.PODSEC_BENCH_CLK_TCK;
  process.once('exit', () => {
    const usage = process.resourceUsage();
    // Fields after the parenthesised command name: state is field 3, cutime 16, cstime 17.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = (n) => (Number(fields[n - 3]) / ticksPerSecond) * 1000;
    writeFileSync(
      file,
      JSON.stringify({
        maxRssKb: usage.maxRSS,
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
        childUserMs: ticks(16),
        childSystemMs: ticks(17),
      }),
    );
  });
}
