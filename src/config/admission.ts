/**
 * Reads an existing Pod Security Admission configuration exactly as the cluster does (upstream
 * `admission/api/load/load.go` and `admission/api/validation/validation.go` of kubernetes/pod-security-admission):
 * a `PodSecurityConfiguration` (v1, v1beta1, v1alpha1), or an `AdmissionConfiguration` whose
 * `PodSecurity` plugin entry embeds one (or names a file with `path`). Decoding is strict.
 */
import { MODES } from '../findings/types.js';
import type { ModePolicies, ModePolicy } from '../options.js';
import type { Level } from '../policy/types.js';
import { parseLevel, parseVersion } from '../policy/version.js';
import { dns1123LabelError, dns1123SubdomainError, formatKeyPath, type PathSegment } from './fields.js';
import { isPlainObject } from '../util/plain-object.js';
import type { AdmissionPolicy } from './types.js';

const PSA_GROUP = 'pod-security.admission.config.k8s.io';
const PSA_VERSIONS = ['v1', 'v1beta1', 'v1alpha1'];
const ADMISSION_API_VERSIONS = [
  'apiserver.config.k8s.io/v1',
  'apiserver.config.k8s.io/v1alpha1',
  'apiserver.k8s.io/v1alpha1',
];
const DEFAULT_KEYS = MODES.flatMap((mode) => [mode, `${mode}-version`]);

export interface ParsedAdmission {
  readonly policy?: AdmissionPolicy;
  /** Set when an AdmissionConfiguration's PodSecurity plugin names its configuration file instead of embedding it. */
  readonly pluginPath?: string;
  readonly errors: string[];
}

/** The PodSecurity entry of an AdmissionConfiguration's plugin list. */
function isPodSecurityPlugin(plugin: unknown): plugin is Record<string, unknown> {
  return isPlainObject(plugin) && plugin.name === 'PodSecurity';
}

/**
 * Parses the YAML/JSON value of an admission configuration file. Errors read like the API server's:
 * `<file>: defaults.enforce: Invalid value: "x": must be one of privileged, baseline, restricted`.
 */
export function parseAdmissionConfiguration(raw: unknown, file: string): ParsedAdmission {
  const errors: string[] = [];
  const fail = (path: readonly PathSegment[], message: string): void => {
    errors.push(`${file}: ${path.length === 0 ? '' : `${formatKeyPath(path)}: `}${message}`);
  };
  if (!isPlainObject(raw)) {
    fail([], 'must be a PodSecurityConfiguration or AdmissionConfiguration object');
    return { errors };
  }
  const apiVersion = raw.apiVersion;
  const kind = raw.kind;
  if (
    kind === 'AdmissionConfiguration' &&
    typeof apiVersion === 'string' &&
    ADMISSION_API_VERSIONS.includes(apiVersion)
  ) {
    return fromAdmissionConfiguration(raw, file);
  }
  if (
    kind !== 'PodSecurityConfiguration' ||
    typeof apiVersion !== 'string' ||
    !PSA_VERSIONS.map((v) => `${PSA_GROUP}/${v}`).includes(apiVersion)
  ) {
    fail(
      [],
      `expected kind PodSecurityConfiguration with apiVersion ${PSA_VERSIONS.map((v) => `${PSA_GROUP}/${v}`).join(' or ')}, or an apiserver.config.k8s.io/v1 AdmissionConfiguration; got kind ${JSON.stringify(kind ?? '')} apiVersion ${JSON.stringify(apiVersion ?? '')}`,
    );
    return { errors };
  }
  return { ...podSecurityConfiguration(raw, [], fail), errors };
}

function fromAdmissionConfiguration(raw: Record<string, unknown>, file: string): ParsedAdmission {
  const errors: string[] = [];
  const fail = (path: readonly PathSegment[], message: string): void => {
    errors.push(`${file}: ${formatKeyPath(path)}: ${message}`);
  };
  for (const key of Object.keys(raw)) {
    if (!['apiVersion', 'kind', 'plugins'].includes(key)) fail([key], 'unknown field');
  }
  const plugins = raw.plugins ?? [];
  if (!Array.isArray(plugins)) {
    fail(['plugins'], 'must be a list');
    return { errors };
  }
  const index = plugins.findIndex(isPodSecurityPlugin);
  const plugin = plugins[index];
  if (!isPodSecurityPlugin(plugin)) {
    // An AdmissionConfiguration without a PodSecurity entry runs the plugin with its stock configuration.
    return { policy: stockPolicy(), errors };
  }
  for (const key of Object.keys(plugin)) {
    if (!['name', 'path', 'configuration'].includes(key)) fail(['plugins', index, key], 'unknown field');
  }
  if (plugin.configuration !== undefined) {
    const configuration = plugin.configuration;
    const at: PathSegment[] = ['plugins', index, 'configuration'];
    const expected = PSA_VERSIONS.map((v) => `${PSA_GROUP}/${v}`);
    if (
      !isPlainObject(configuration) ||
      configuration.kind !== 'PodSecurityConfiguration' ||
      !expected.includes(String(configuration.apiVersion))
    ) {
      fail(at, `must be a PodSecurityConfiguration (apiVersion ${expected.join(' or ')})`);
      return { errors };
    }
    return { ...podSecurityConfiguration(configuration, at, fail), errors };
  }
  if (typeof plugin.path === 'string' && plugin.path !== '') return { pluginPath: plugin.path, errors };
  return { policy: stockPolicy(), errors };
}

function stockPolicy(): AdmissionPolicy {
  const privileged: ModePolicy = { level: 'privileged', version: 'latest' };
  return {
    defaults: { enforce: privileged, warn: privileged, audit: privileged },
    exemptions: { namespaces: [], runtimeClasses: [], usernames: [] },
  };
}

function podSecurityConfiguration(
  raw: Record<string, unknown>,
  at: readonly PathSegment[],
  fail: (path: readonly PathSegment[], message: string) => void,
): { policy?: AdmissionPolicy } {
  let ok = true;
  const bad = (path: readonly PathSegment[], message: string): void => {
    ok = false;
    fail(path, message);
  };
  for (const key of Object.keys(raw)) {
    if (!['apiVersion', 'kind', 'defaults', 'exemptions'].includes(key)) bad([...at, key], 'unknown field');
  }

  const defaultsRaw = raw.defaults ?? {};
  const defaults: Record<string, ModePolicy> = {};
  if (!isPlainObject(defaultsRaw)) bad([...at, 'defaults'], 'must be a mapping');
  else {
    for (const key of Object.keys(defaultsRaw)) {
      if (!DEFAULT_KEYS.includes(key)) bad([...at, 'defaults', key], 'unknown field');
    }
    for (const mode of MODES) {
      const levelValue = defaultsRaw[mode];
      const versionValue = defaultsRaw[`${mode}-version`];
      let level: Level = 'privileged';
      let version = 'latest';
      if (levelValue !== undefined && levelValue !== null && levelValue !== '') {
        const parsed = typeof levelValue === 'string' ? parseLevel(levelValue) : undefined;
        if (parsed === undefined)
          bad(
            [...at, 'defaults', mode],
            `Invalid value: ${JSON.stringify(levelValue)}: must be one of privileged, baseline, restricted`,
          );
        else level = parsed;
      }
      if (versionValue !== undefined && versionValue !== null && versionValue !== '') {
        const parsed = typeof versionValue === 'string' ? parseVersion(versionValue) : undefined;
        if (parsed === undefined)
          bad(
            [...at, 'defaults', `${mode}-version`],
            `Invalid value: ${JSON.stringify(versionValue)}: must be "latest" or "v1.x"`,
          );
        else version = versionValue as string;
      }
      defaults[mode] = { level, version };
    }
  }

  const exemptionsRaw = raw.exemptions ?? {};
  const lists: Record<'namespaces' | 'runtimeClasses' | 'usernames', string[]> = {
    namespaces: [],
    runtimeClasses: [],
    usernames: [],
  };
  if (!isPlainObject(exemptionsRaw)) bad([...at, 'exemptions'], 'must be a mapping');
  else {
    for (const key of Object.keys(exemptionsRaw)) {
      if (!(key in lists)) bad([...at, 'exemptions', key], 'unknown field');
    }
    const check: Record<keyof typeof lists, (value: string) => string | undefined> = {
      namespaces: (value) => (value === '' ? 'must not be empty' : dns1123LabelError(value)),
      runtimeClasses: (value) => (value === '' ? 'must not be empty' : dns1123SubdomainError(value)),
      usernames: (value) => (value === '' ? 'username must not be empty' : undefined),
    };
    for (const key of Object.keys(lists) as (keyof typeof lists)[]) {
      const list = exemptionsRaw[key] ?? [];
      if (!Array.isArray(list)) {
        bad([...at, 'exemptions', key], 'must be a list');
        continue;
      }
      list.forEach((value, index) => {
        const path = [...at, 'exemptions', key, index];
        if (typeof value !== 'string') return bad(path, `Invalid value: ${JSON.stringify(value)}: must be a string`);
        const problem = check[key](value);
        if (problem !== undefined) {
          // Name validators already lead with the quoted value; the username rule does not.
          return bad(
            path,
            problem.startsWith('"')
              ? `Invalid value: ${problem}`
              : `Invalid value: ${JSON.stringify(value)}: ${problem}`,
          );
        }
        if (lists[key].includes(value)) return bad(path, `Duplicate value: ${JSON.stringify(value)}`);
        lists[key].push(value);
      });
    }
  }
  if (!ok) return {};
  return { policy: { defaults: defaults as unknown as ModePolicies, exemptions: lists } };
}
