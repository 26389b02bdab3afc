/** The `podsec fix` command line that applies the fixes a report shows. Pure. */
import type { FlagOverrides } from '../config/options.js';

export interface FixCommandLineInput {
  readonly allowBehaviourChange: boolean;
  readonly paths: readonly string[];
  readonly flags?: FlagOverrides;
  readonly config?: string;
}

/** The command line that applies what was printed. */
export function fixCommandLine(command: FixCommandLineInput): string {
  const parts = ['podsec', 'fix', '--write'];
  if (command.allowBehaviourChange) parts.push('--allow-behaviour-change');
  // The options that decide what fails (and how charts render) go along, so the fix plans for the same policy.
  const flags = command.flags;
  const pairs: [string, string | undefined][] = [
    ['--config', command.config],
    ['--level', flags?.level],
    ['--version', flags?.version],
    ['--enforce', flags?.enforce],
    ['--warn', flags?.warn],
    ['--audit', flags?.audit],
    ['--namespace', flags?.namespace],
    ...(flags?.values ?? []).map((file): [string, string] => ['--values', file]),
    ...(flags?.set ?? []).map((value): [string, string] => ['--set', value]),
  ];
  for (const [flag, value] of pairs) if (value !== undefined) parts.push(flag, value);
  parts.push(...command.paths);
  return parts.map((part) => (/^[\w./:=@+-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The command line that applies a scan's safe fixes, with the scan's own paths, flags and config file. */
export function safeFixCommandLine(scan: Omit<FixCommandLineInput, 'allowBehaviourChange'>): string {
  return fixCommandLine({ ...scan, allowBehaviourChange: false });
}
