/**
 * Validation of the scan → publish hand-over. The artifact comes from a run on untrusted pull-request
 * code, so every field is checked for type, range and form before anything is posted; unknown fields
 * are dropped, not passed on.
 */
import { fail, int, Invalid, obj, str } from '../report/untrusted.js';

export const ARTIFACT_SCHEMA = 'podsec-artifact';
export const ARTIFACT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

/** The manifest written by `mode: scan`. */
export interface ArtifactManifest {
  readonly schema: typeof ARTIFACT_SCHEMA;
  readonly version: typeof ARTIFACT_VERSION;
  /** `owner/name` of the repository the scan ran in. */
  readonly repository: string;
  readonly pullNumber: number | undefined;
  /** The pull request head commit (reviews anchor here). */
  readonly headSha: string | undefined;
  /** GITHUB_SHA and GITHUB_REF of the scan run. */
  readonly commitSha: string;
  readonly ref: string;
  /** File names inside the artifact directory. */
  readonly files: { readonly result: string; readonly sarif?: string };
}

export const LIMITS = {
  manifestBytes: 64 * 1024,
  resultBytes: 64 * 1024 * 1024,
} as const;

/** A plain file name inside the artifact directory. */
export function isSafeFileName(text: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(text) && !text.includes('..');
}

function fileName(value: unknown, where: string): string {
  const text = str(value, where, 128);
  if (!isSafeFileName(text)) fail(where, 'a plain file name (letters, digits, . _ -), no directories');
  return text;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function sha(value: unknown, where: string): string {
  const text = str(value, where, 64);
  if (!SHA.test(text)) fail(where, 'a 40- or 64-digit lowercase hex commit SHA');
  return text;
}

/** Validates the artifact manifest. */
export function validateManifest(value: unknown): { manifest?: ArtifactManifest; error?: string } {
  try {
    const o = obj(value, 'manifest');
    if (o['schema'] !== ARTIFACT_SCHEMA) fail('manifest.schema', JSON.stringify(ARTIFACT_SCHEMA));
    if (o['version'] !== ARTIFACT_VERSION) fail('manifest.version', String(ARTIFACT_VERSION));
    const repository = str(o['repository'], 'manifest.repository', 256);
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) fail('manifest.repository', 'owner/name');
    const files = obj(o['files'], 'manifest.files');
    const ref = str(o['ref'], 'manifest.ref', 256);
    if (!/^refs\/[A-Za-z0-9_./-]+$/.test(ref) || ref.split('/').includes('..'))
      fail('manifest.ref', 'a git ref such as refs/pull/7/merge');
    const sarif = files['sarif'] === undefined ? undefined : fileName(files['sarif'], 'manifest.files.sarif');
    return {
      manifest: {
        schema: ARTIFACT_SCHEMA,
        version: ARTIFACT_VERSION,
        repository,
        pullNumber:
          o['pullNumber'] === undefined || o['pullNumber'] === null
            ? undefined
            : int(o['pullNumber'], 'manifest.pullNumber', 1, 2 ** 31 - 1),
        headSha:
          o['headSha'] === undefined || o['headSha'] === null ? undefined : sha(o['headSha'], 'manifest.headSha'),
        commitSha: sha(o['commitSha'], 'manifest.commitSha'),
        ref,
        files: {
          result: fileName(files['result'], 'manifest.files.result'),
          ...(sarif !== undefined ? { sarif } : {}),
        },
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { error: error.message };
    throw error;
  }
}
