/**
 * How long V8 lets a function run before its optimizing compiler takes it, set before podsec's code runs (imported
 * first by both entry points).
 *
 * A scan runs most of its functions briefly: each chart, overlay and report step once. Node 20's V8 (11.3) hands a
 * function to TurboFan after little use, and on a Helm-heavy repository a fifth of podsec's own CPU went to compiling,
 * on background threads, functions that then ran only a little longer: CPU the helm processes podsec starts could
 * have used. A budget several times V8's default leaves that out; the readers and checks of a large manifest still
 * run long enough to be compiled, and 10,000-Deployment scans take as long as before (bench/README.md, "V8's tier-up
 * budget"). Later V8s (Node 21 and up) decide by call counts and have no such flag; on Node 24, the action's
 * runtime, podsec's own CPU was a fifth lower to begin with and raising those counts gained nothing, so they are
 * left as they are.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytes of bytecode a function runs before V8 11 considers optimizing it; V8 11.3's default is 67,584. */
const INTERRUPT_BUDGET = 300_000;

/**
 * The V8 flags podsec sets for this V8 version: only Node 20's V8 11.3, the one measured (11.8, in Node 21, no longer
 * has the flag); none where the user chose the budget on node's command line.
 */
export function tierUpFlags(v8Version: string, nodeArguments: readonly string[]): string[] {
  if (!v8Version.startsWith('11.3.') || nodeArguments.some((argument) => argument.startsWith('--interrupt-budget')))
    return [];
  return [`--interrupt-budget=${INTERRUPT_BUDGET}`];
}

for (const flag of tierUpFlags(process.versions.v8, process.execArgv)) setFlagsFromString(flag);
