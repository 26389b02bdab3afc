/**
 * How podsec starts kustomize: which binary, which version it is, and the environment that keeps it offline.
 *
 * Supported: the kustomize built into kubectl (`kubectl kustomize`; kubectl 1.27+ bundles kustomize 5.x, tested
 * with kubectl 1.32 / kustomize v5.5.0) and a standalone kustomize 5.x (`kustomize build`). Other versions are run
 * as they are; only shared builds (batch.ts) are limited to the versions they were tested with.
 */
import { basename } from 'node:path';
import type { KustomizeOptions } from '../../options.js';
import { findToolBinary } from '../tool-binary.js';
import type { CommandRunner } from '../types.js';

/** How kustomize is started: `kustomize build DIR` or `kubectl kustomize DIR`. */
export interface KustomizeCommand {
  readonly command: string;
  readonly args: readonly string[];
}

/** The offline proxy: a closed port on this machine. */
export const OFFLINE_PROXY_ADDRESS = '127.0.0.1:9';

/** What the stand-in git (staging.ts) prints. */
export const GIT_STAND_IN_MESSAGE = 'git is not available to kustomize under podsec: network access is off';

/**
 * The environment of a kustomize run with network access off. Go's HTTP client and git send every request
 * through the proxy, a closed local port, except requests to loopback addresses (see local-urls.ts). git is
 * shadowed on PATH (staging.ts puts a stand-in first); should a real git run anyway, it may use no transport at
 * all (`GIT_ALLOW_PROTOCOL` names none that exists), not even `file://`.
 */
export const OFFLINE_ENV: Readonly<Record<string, string>> = {
  HTTP_PROXY: `http://${OFFLINE_PROXY_ADDRESS}`,
  HTTPS_PROXY: `http://${OFFLINE_PROXY_ADDRESS}`,
  http_proxy: `http://${OFFLINE_PROXY_ADDRESS}`,
  https_proxy: `http://${OFFLINE_PROXY_ADDRESS}`,
  NO_PROXY: '',
  no_proxy: '',
  GIT_ALLOW_PROTOCOL: 'podsec-network-off',
  GIT_TERMINAL_PROMPT: '0',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

const resolvedCommands = new WeakMap<CommandRunner, Promise<KustomizeCommand>>();

/**
 * Picks the kustomize binary: the configured one (`kubectl` means `kubectl kustomize`), else `kustomize` on PATH,
 * else `kubectl kustomize`. PATH is looked at once per runner.
 */
export function resolveKustomizeCommand(options: KustomizeOptions, runner: CommandRunner): Promise<KustomizeCommand> {
  if (options.binary !== undefined && options.binary !== '') {
    const name = basename(options.binary).replace(/\.exe$/i, '');
    return Promise.resolve(
      name === 'kubectl'
        ? { command: options.binary, args: ['kustomize'] }
        : { command: options.binary, args: ['build'] },
    );
  }
  let found = resolvedCommands.get(runner);
  if (found === undefined) {
    // A look at PATH instead of running `kustomize version`: no process for a tool that is not there (most
    // machines have only kubectl), and none for one that is.
    found = findToolBinary('kustomize', { bundledBinDirs: [] }).then((path): KustomizeCommand =>
      path !== undefined ? { command: 'kustomize', args: ['build'] } : { command: 'kubectl', args: ['kustomize'] },
    );
    resolvedCommands.set(runner, found);
  }
  return found;
}

/** A kustomize release as `[major, minor, patch]`. */
export type KustomizeVersion = readonly [number, number, number];

/**
 * The version of kustomize a command runs, asked once per runner and command: `kubectl version --client`
 * names its bundled kustomize (`Kustomize Version: v5.5.0`), `kustomize version` prints `v5.5.0` (5.x) or
 * `{Version:kustomize/v4.5.7 …}` (4.x). undefined when it cannot be told.
 */
export function kustomizeVersion(
  command: KustomizeCommand,
  runner: CommandRunner,
): Promise<KustomizeVersion | undefined> {
  let byCommand = versions.get(runner);
  if (byCommand === undefined) {
    byCommand = new Map();
    versions.set(runner, byCommand);
  }
  const key = [command.command, ...command.args].join('\u0000');
  let found = byCommand.get(key);
  if (found === undefined) {
    const args = command.args[0] === 'kustomize' ? ['version', '--client'] : ['version'];
    found = runner.run(command.command, args, { timeoutMs: 30_000, maxOutputBytes: 64 * 1024 }).then(
      (result) =>
        result.exitCode === 0 ? parseKustomizeVersion(result.stdout, command.args[0] === 'kustomize') : undefined,
      () => undefined,
    );
    byCommand.set(key, found);
  }
  return found;
}

const versions = new WeakMap<CommandRunner, Map<string, Promise<KustomizeVersion | undefined>>>();

/** The kustomize version in `kustomize version` or `kubectl version --client` output. */
export function parseKustomizeVersion(output: string, fromKubectl: boolean): KustomizeVersion | undefined {
  const pattern = fromKubectl ? /Kustomize Version:\s*v(\d+)\.(\d+)\.(\d+)/ : /(?:^|kustomize\/)v(\d+)\.(\d+)\.(\d+)/m;
  const match = pattern.exec(output);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}
