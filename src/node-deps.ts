/**
 * The real side effects of a scan: the file system, standard input, and helm/kustomize through the
 * one command runner. scan.ts stays pure by receiving these through ScanDeps.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { findScanBoundary, type ScanBoundary } from './discover/boundary.js';
import { discoverTargets, type DiscoveryResult } from './discover/discover.js';
import { describeFileError } from './discover/fs.js';
import { createNodeFileSystem } from './discover/node-fs.js';
import type { ScanError, TargetRef } from './findings/types.js';
import { decodeManifestText, DEFAULT_MAX_BYTES, tooLargeMessage, type DecodedText } from './manifests/decode.js';
import { parseManifests } from './manifests/parse.js';
import type { ScanOptions } from './options.js';
import { createCommandRunner, type DisposableCommandRunner } from './render/command-runner.js';
import { renderHelmChart } from './render/helm/helm.js';
import { HelmSourceCache } from './render/helm/helm-source-map.js';
import { createSharedKustomizeBuilds, type SharedKustomizeBuilds } from './render/kustomize/batch.js';
import { createKustomizeFileCache, renderKustomization } from './render/kustomize/kustomize.js';
import { createKustomizeStaging, type KustomizeStaging } from './render/kustomize/staging.js';
import type { RenderOutcome } from './render/types.js';
import { isScannedKind } from './workloads/extract.js';
import type { ScanDeps, ScanTarget } from './scan.js';

/** Standard input as bytes; injected so tests can feed it. */
export type StdinReader = () => Promise<Uint8Array>;

/** Real dependencies. `dispose()` removes the runner's private folders once the scan is over. */
export function createNodeScanDeps(readStdin: StdinReader = readProcessStdin): ScanDeps & { dispose(): void } {
  const fs = createNodeFileSystem();
  let runner: DisposableCommandRunner | undefined;
  // One runner per scan: it bounds how many helm/kustomize processes run at once (the render concurrency),
  // while scan() keeps more targets in flight so reading and parsing overlap the renders.
  const getRunner = (options: ScanOptions): DisposableCommandRunner =>
    (runner ??= createCommandRunner({ maxConcurrent: Math.max(1, options.render.concurrency) }));
  // Kept from discovery: kustomize origin files are shown the way the user named the scanned paths.
  let displayPath: DiscoveryResult['displayPath'] | undefined;
  const targetOptions = new Map<string, ScanOptions['targets'][number]>();
  // Copies of a chart and shared library subcharts are parsed, compiled and aligned once within this scan.
  const helmSources = new HelmSourceCache();
  // Overlays over the same base share its parsed resource files within this scan.
  const kustomizeFiles = createKustomizeFileCache();
  // Overlays that kustomize can build side by side share one process (see render/kustomize/batch.ts).
  let sharedBuilds: SharedKustomizeBuilds | undefined;
  // kustomize builds in a copy of each repository folder, made once per scan on first use (render/kustomize/staging.ts).
  let staging: KustomizeStaging | undefined;
  // Rendered Services, ConfigMaps, RBAC… are never evaluated: skip parsing them.
  // One function per options object: helm's parse cache tells renders apart by it.
  const keepKinds = new WeakMap<ScanOptions, (apiVersion: string, kind: string) => boolean>();
  const keepKindFor = (options: ScanOptions): ((apiVersion: string, kind: string) => boolean) => {
    let keep = keepKinds.get(options);
    if (keep === undefined) {
      keep = (apiVersion, kind) => isScannedKind(apiVersion, kind, options.policy.podTemplateKinds);
      keepKinds.set(options, keep);
    }
    return keep;
  };

  // Per target folder: what its render may read (the repository holding it; see discover/boundary.ts).
  const boundaries = new Map<string, Promise<ScanBoundary>>();
  const boundaryFor = (directory: string, options: ScanOptions): Promise<ScanBoundary> => {
    let found = boundaries.get(directory);
    if (found === undefined) {
      found = findScanBoundary(fs, directory, options.cwd, options.paths);
      boundaries.set(directory, found);
    }
    return found;
  };

  return {
    async discover(options) {
      const found = await discoverTargets(
        {
          cwd: options.cwd,
          paths: options.paths,
          exclude: options.exclude,
          targets: options.targets,
          shard: options.shard,
        },
        fs,
      );
      displayPath = found.displayPath;
      staging ??= createKustomizeStaging(fs, { network: options.render.network });
      sharedBuilds = createSharedKustomizeBuilds(
        {
          candidates: found.targets.flatMap((target) =>
            target.kind === 'kustomize' && !target.stdin ? [target.absolutePath] : [],
          ),
          slots: Math.max(1, options.render.concurrency),
          cwd: options.cwd,
          boundaryFor: async (directory) => (await boundaryFor(directory, options)).path,
          kustomize: options.render.kustomize,
          network: options.render.network,
          timeoutMs: options.render.timeoutMs,
          maxOutputBytes: options.render.maxOutputBytes,
          keepKind: keepKindFor(options),
        },
        { runner: getRunner(options), fs, staging },
      );
      const targets: ScanTarget[] = found.targets.map((target) => {
        const ref: TargetRef = { kind: target.kind, path: target.path, scenarios: [] };
        if (target.options) targetOptions.set(target.path, target.options);
        return target.stdin ? { ref } : { ref, absolutePath: target.absolutePath };
      });
      return { targets, errors: found.errors };
    },

    async loadManifests(target, options, sink) {
      const file = target.ref.path;
      const decoded = await readManifestText(target, readStdin);
      if (decoded.error) return { target: target.ref, scenarios: [], errors: [decoded.error] };
      // `helm template … | podsec scan -` without pipefail: a failed render reaches podsec as no input at all.
      if (target.absolutePath === undefined && decoded.text.trim() === '' && options.allowEmptyInput !== true) {
        return { target: target.ref, scenarios: [], errors: [{ file, message: EMPTY_STDIN_MESSAGE }] };
      }
      const text = decoded.text;
      const parsed = parseManifests(text, file, sink ? { sink } : {});
      return {
        target: target.ref,
        // The text is kept so the scan can let the parsed objects go (see RenderedScenario.reload).
        scenarios: [{ scenario: 'default', objects: parsed.objects, reload: () => parseManifests(text, file).objects }],
        errors: parsed.errors.map((error): ScanError => ({ ...error })),
      };
    },

    async render(target, options): Promise<RenderOutcome> {
      const directory = target.absolutePath ?? options.cwd;
      const explicit = targetOptions.get(target.ref.path);
      const keepKind = keepKindFor(options);
      if (target.ref.kind === 'helm') {
        return renderHelmChart(
          {
            chartDir: directory,
            displayPath: target.ref.path,
            repoRoot: (await boundaryFor(directory, options)).path,
            helm: { ...options.render.helm, ...explicit?.helm },
            ...(explicit?.scenarios ? { scenarios: explicit.scenarios } : {}),
            network: options.render.network,
            timeoutMs: options.render.timeoutMs,
            maxOutputBytes: options.render.maxOutputBytes,
            keepKind,
          },
          {
            runner: getRunner(options),
            fs,
            sourceCache: helmSources,
            ...(options.render.helm.binary ? { helmBinary: options.render.helm.binary } : {}),
          },
        );
      }
      return renderKustomization(
        {
          target: target.ref,
          directory,
          cwd: options.cwd,
          boundary: await boundaryFor(directory, options),
          options: {
            kustomize: options.render.kustomize,
            network: options.render.network,
            timeoutMs: options.render.timeoutMs,
            maxOutputBytes: options.render.maxOutputBytes,
            ...(options.render.helm.binary ? { helmBinary: options.render.helm.binary } : {}),
            keepKind,
          },
          ...(displayPath ? { displayPath } : {}),
        },
        {
          runner: getRunner(options),
          fs,
          parsedFiles: kustomizeFiles,
          ...(staging ? { staging } : {}),
          ...(sharedBuilds ? { sharedBuilds } : {}),
        },
      );
    },

    dispose() {
      runner?.dispose();
      staging?.disposeNow();
    },
  };
}

const EMPTY_STDIN_MESSAGE =
  'standard input is empty (did the command before the pipe fail?); pass --allow-empty-input if empty input is expected';

/**
 * A manifest file's (or stdin's) text. Read and decoded apart from the parse, so that the bytes (as large as the
 * file) are no longer held while it goes on, and can be freed at once instead of at the end of the scan.
 */
async function readManifestText(target: ScanTarget, readStdin: StdinReader): Promise<DecodedText> {
  const file = target.ref.path;
  const read =
    target.absolutePath === undefined ? await readStdinSafely(readStdin) : await readFileSafely(target.absolutePath);
  return 'error' in read ? { error: { file, message: read.error } } : decodeManifestText(read.bytes, file);
}

async function readFileSafely(file: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    const handle = await open(file, 'r');
    try {
      // Check the size before reading: a 100 MB file is refused without loading it.
      const info = await handle.stat();
      if (info.size > DEFAULT_MAX_BYTES) return { error: tooLargeMessage(info.size, DEFAULT_MAX_BYTES) };
      // Discovery passes only regular files; one replaced by something else since (a pipe has no size) is read to its end.
      return { bytes: info.isFile() ? await readAtOnce(handle, info.size) : await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { error: `cannot be read: ${describeFileError(error)}` };
  }
}

/**
 * A regular file's bytes in one read where the system gives them so. `readFile` reads 512 KiB at a time, each a
 * round trip through the thread pool: 113 of them for a 56 MiB `kubectl get -o json` List, and on a busy machine
 * every one waits for a thread to be scheduled (50–700 ms of waiting measured on 2 shared cores).
 */
async function readAtOnce(handle: FileHandle, size: number): Promise<Uint8Array> {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
    // The file became shorter since it was measured: what is there is the file.
    if (bytesRead === 0) return bytes.subarray(0, filled);
    filled += bytesRead;
  }
  return bytes;
}

async function readStdinSafely(read: StdinReader): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    return { bytes: await read() };
  } catch (error) {
    return { error: `standard input cannot be read: ${describeFileError(error)}` };
  }
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    // Stop reading early rather than buffering an endless stream.
    if (size > DEFAULT_MAX_BYTES)
      throw Object.assign(new Error(tooLargeMessage(size, DEFAULT_MAX_BYTES)), { code: 'EFBIG' });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
