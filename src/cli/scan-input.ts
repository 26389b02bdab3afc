/** What a scan-like command (scan, plan, fix) hands to the shared runScan. */
import type { RunScanInput } from '../run-scan.js';
import type { ScanCommand } from './args.js';
import type { CliIo } from './main.js';

export function scanInputOf(
  command: Omit<ScanCommand, 'command'>,
  io: CliIo,
  paths: readonly string[] = command.paths,
): RunScanInput {
  return {
    cwd: io.cwd,
    paths,
    ...(command.config !== undefined ? { configPath: command.config } : {}),
    ...(command.admissionConfig !== undefined ? { admissionConfig: command.admissionConfig } : {}),
    flags: command.flags,
    ...(io.today !== undefined ? { today: io.today } : {}),
    ...(io.deps !== undefined ? { deps: io.deps } : {}),
  };
}
