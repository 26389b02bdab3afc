/**
 * What the offline environment cannot stop: URLs that reach this machine.
 *
 * kustomize fetches http(s) URLs named as resources, patches, generator files and the like, and (with
 * `--enable-helm`) helm pulls chart repositories. With network access off both go through a proxy on a closed
 * port, except that Go never proxies requests to `localhost` or a loopback address; those would reach
 * services on the machine running podsec. And a `file://` repository URL makes git clone a repository from
 * anywhere on this machine, which podsec refuses even with network access on.
 *
 * The check reads kustomization files and builtin plugin configs (files that mention `builtin`, kustomize's
 * apiVersion for them) in the staged copy: every string in them, whatever field holds it (and every URL in the
 * raw text of one that does not parse). It errs towards refusing: a field kustomize would never fetch still
 * counts. Files it refuses are also blanked in the staged copy, so a build that reaches one fails.
 */
import { isIP } from 'node:net';
import { isScalar, parseAllDocuments, visit } from 'yaml';

/** A URL podsec does not let kustomize see. */
export interface LocalUrl {
  readonly url: string;
  /** `file`: a git repository on this machine; `loopback`: a request Go would not send through the proxy. */
  readonly reason: 'file' | 'loopback';
}

/** Inline configs inside inline configs: kustomize reads one level; a few more cost nothing. */
const MAX_INLINE_DEPTH = 3;

const URL_IN_TEXT = /\b(?:git::)?[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>},]*/gi;

/**
 * Text that may hold a refused URL. A refused value holds `file:` or `://` (see localUrl), and a YAML string holds
 * only what its text does, apart from line breaks folded to spaces, unless an escape (`\`) or a tag (`!`, as in
 * `!!binary`) says otherwise. Text without any of these has no refused URL: the parse, the slow part (most files
 * that mention `builtin` are no plugin configs, some not YAML at all), is skipped.
 */
const MAY_HOLD_REFUSED_URL = /file:|:\/\/|[\\!]/i;

/** The host of a URL as Go would dial it, loosely: after `scheme://` and any user info, before the path or port. */
function hostOf(url: string): string | undefined {
  const match = /^(?:git::)?[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url.trim());
  if (!match) return undefined;
  let host = (match[1] ?? '').slice((match[1] ?? '').lastIndexOf('@') + 1);
  if (host.startsWith('[')) host = host.slice(1, host.indexOf(']') < 0 ? undefined : host.indexOf(']'));
  else host = host.replace(/:\d*$/, '');
  try {
    host = decodeURIComponent(host);
  } catch {
    // Left as written: a bad escape is no address.
  }
  return host.toLowerCase().replace(/\.$/, '');
}

function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const version = isIP(host);
  if (version === 4) return host.startsWith('127.');
  // Any IPv6 literal: ::1 and the IPv4-mapped loopback (::ffff:127.0.0.1) have many spellings.
  return version === 6 || host.includes(':');
}

/** Why `value` (a whole string, or the part after `key=`) is a URL podsec refuses, if it is one. */
export function localUrl(value: string): LocalUrl | undefined {
  for (const candidate of [value, value.slice(value.indexOf('=') + 1)]) {
    const trimmed = candidate.trim();
    if (/^(?:git::)?file:/i.test(trimmed)) return { url: value.trim(), reason: 'file' };
    const host = hostOf(trimmed);
    if (host !== undefined && isLoopbackHost(host)) return { url: value.trim(), reason: 'loopback' };
  }
  return undefined;
}

/**
 * The URLs podsec refuses in a kustomization file or builtin plugin config: in any string value, whatever field
 * holds it (`!!binary` values decoded, as kustomize decodes them), or, when the text does not parse, anywhere in it.
 */
export function findLocalUrls(text: string, depth = 0): LocalUrl[] {
  return MAY_HOLD_REFUSED_URL.test(text) ? parseLocalUrls(text, depth) : [];
}

/** {@link findLocalUrls} without the look at the text first; the test shows that look changes no result. */
export function parseLocalUrls(text: string, depth = 0): LocalUrl[] {
  const found = new Map<string, LocalUrl>();
  const add = (value: string): void => {
    const url = localUrl(value);
    if (url !== undefined && !found.has(url.url)) found.set(url.url, url);
    // A plugin config written inline (a `transformers:` entry) is YAML inside a string: kustomize reads it too.
    if (url === undefined && depth < MAX_INLINE_DEPTH && value.includes('\n') && value.includes('builtin')) {
      for (const inner of findLocalUrls(value, depth + 1)) if (!found.has(inner.url)) found.set(inner.url, inner);
    }
  };
  let parsed = true;
  // Only whether the text parsed matters, not where it did not: a file that is no YAML has thousands of parse
  // errors, and their stack traces and excerpts were most of the time spent on it.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const document of parseAllDocuments(text, { uniqueKeys: false, logLevel: 'silent', prettyErrors: false })) {
      if (document.errors.length > 0) parsed = false;
      visit(document, {
        Scalar(_key, node) {
          if (!isScalar(node)) return;
          if (typeof node.value === 'string') add(node.value);
          else if (node.value instanceof Uint8Array) add(Buffer.from(node.value).toString('utf8'));
        },
      });
    }
  } catch {
    parsed = false;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  // kustomize's reader may make sense of what this one does not: then every URL in the text counts.
  if (!parsed) for (const match of text.matchAll(URL_IN_TEXT)) add(match[0]);
  return [...found.values()];
}

/** The message for a refused URL, as the file that names it is reported. */
export function localUrlMessage(url: LocalUrl): string {
  const entry = JSON.stringify(url.url);
  if (url.reason === 'file') {
    return `resource ${entry} is a git repository URL, which kustomize would clone from anywhere on this machine; podsec does not render it (name the folder by a relative path)`;
  }
  return `remote resource ${entry} is not fetched: network access is off (turn it on with --network, or the action input network: true, to render remote bases)`;
}
