/**
 * Uploads a SARIF log to code scanning through the REST API and waits until GitHub has processed it.
 */
import { gzipSync } from 'node:zlib';
import type { GitHubClient, RepoRef } from './client.js';
import { describeGitHubError } from './errors.js';

/** Code scanning's limit on the gzipped SARIF file. */
export const MAX_GZIPPED_SARIF_BYTES = 10 * 1024 * 1024;

export interface SarifUploadInput {
  readonly repo: RepoRef;
  /** The SARIF log as JSON text. */
  readonly sarif: string;
  readonly commitSha: string;
  /** `refs/heads/<branch>`, `refs/pull/<n>/merge` or `refs/pull/<n>/head`. */
  readonly ref: string;
  /** `file://` URI of the checkout the scan ran in (code scanning relativises absolute URIs against it). */
  readonly checkoutUri?: string;
  readonly startedAt?: string;
  /** The tool name code scanning files the results under. Default `podsec`. */
  readonly toolName?: string;
  /** Polls of the processing status before giving up. Default 5. */
  readonly maxPolls?: number;
  /** First wait between polls in ms; doubles each time. Default 2000. */
  readonly pollIntervalMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export type SarifUploadOutcome =
  | { readonly ok: true; readonly id: string; readonly status: 'complete' | 'pending'; readonly message: string }
  | { readonly ok: false; readonly id?: string; readonly status: 'failed' | 'rejected'; readonly message: string };

/** gzip + base64, as the code scanning endpoint wants the `sarif` field. */
export function encodeSarif(sarif: string): { encoded: string; gzippedBytes: number } {
  const gz = gzipSync(Buffer.from(sarif, 'utf8'));
  return { encoded: gz.toString('base64'), gzippedBytes: gz.length };
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Uploads and polls; never throws for API failures, the outcome carries the one-line message. */
export async function uploadSarif(client: GitHubClient, input: SarifUploadInput): Promise<SarifUploadOutcome> {
  const { encoded, gzippedBytes } = encodeSarif(input.sarif);
  if (gzippedBytes > MAX_GZIPPED_SARIF_BYTES) {
    return {
      ok: false,
      status: 'rejected',
      message: `podsec did not upload SARIF: it is ${(gzippedBytes / 1024 / 1024).toFixed(1)} MB gzipped, over code scanning's 10 MB limit. Narrow \`paths\` or split the scan with \`category\`/\`shard\`.`,
    };
  }
  let id: string;
  try {
    ({ id } = await client.uploadSarif(input.repo, {
      commitSha: input.commitSha,
      ref: input.ref,
      sarif: encoded,
      toolName: input.toolName ?? 'podsec',
      ...(input.checkoutUri !== undefined ? { checkoutUri: input.checkoutUri } : {}),
      ...(input.startedAt !== undefined ? { startedAt: input.startedAt } : {}),
    }));
  } catch (error) {
    return { ok: false, status: 'rejected', message: describeGitHubError('sarif', error) };
  }

  const sleep = input.sleep ?? defaultSleep;
  const maxPolls = input.maxPolls ?? 5;
  let wait = input.pollIntervalMs ?? 2000;
  for (let poll = 0; poll < maxPolls; poll += 1) {
    await sleep(wait);
    wait *= 2;
    let status;
    try {
      status = await client.getSarif(input.repo, id);
    } catch (error) {
      // 404 right after the upload means "not visible yet"; keep polling.
      if ((error as { status?: number }).status === 404 && poll < maxPolls - 1) continue;
      return {
        ok: false,
        id,
        status: 'failed',
        message: `${describeGitHubError('sarif', error)} (while checking upload ${id})`,
      };
    }
    if (status.processingStatus === 'complete') {
      return { ok: true, id, status: 'complete', message: `SARIF upload ${id} processed by code scanning.` };
    }
    if (status.processingStatus === 'failed') {
      const errors = status.errors.length > 0 ? `: ${status.errors.slice(0, 5).join('; ')}` : '';
      return {
        ok: false,
        id,
        status: 'failed',
        message: `Code scanning could not process SARIF upload ${id}${errors}`,
      };
    }
  }
  return {
    ok: true,
    id,
    status: 'pending',
    message: `SARIF upload ${id} accepted; code scanning is still processing it.`,
  };
}
