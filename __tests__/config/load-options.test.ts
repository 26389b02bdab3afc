import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import {
  DEFAULT_MODE_POLICIES,
  OptionsError,
  parseModeFlag,
  resolveScanOptions,
  type FlagOverrides,
} from '../../src/config/options.js';

const dir = (name: string): string => fileURLToPath(new URL(`../fixtures/config/${name}`, import.meta.url));
const TODAY = '2026-07-01';

function resolveFrom(name: string, flags: FlagOverrides = {}) {
  const { loaded, errors } = loadConfig({ cwd: dir(name) });
  expect(errors).toEqual([]);
  return resolveScanOptions({
    cwd: dir(name),
    paths: [],
    config: loaded?.config,
    admission: loaded?.admission,
    flags,
    today: TODAY,
    configDir: loaded?.dir,
  });
}

describe('PodSecurityConfiguration files (spec 6.4)', () => {
  it('v1: absent levels are privileged, versions latest; podsec settings override; exemptions are merged', () => {
    const options = resolveFrom('psa-v1');
    expect(options.policy.defaults).toEqual({
      enforce: { level: 'baseline', version: 'v1.29' },
      warn: { level: 'restricted', version: 'v1.30' },
      audit: { level: 'restricted', version: 'latest' },
    });
    expect(options.policy.exemptions).toEqual({
      namespaces: ['kube-system', 'monitoring'],
      runtimeClasses: ['kata.containers'],
      usernames: ['system:serviceaccount:kube-system:replicaset-controller'],
    });
  });

  it('v1beta1', () => {
    expect(resolveFrom('psa-v1beta1').policy.defaults).toEqual({
      enforce: { level: 'restricted', version: 'latest' },
      warn: { level: 'privileged', version: 'latest' },
      audit: { level: 'privileged', version: 'latest' },
    });
  });

  it('an AdmissionConfiguration wrapping the PodSecurity plugin configuration', () => {
    const options = resolveFrom('psa-wrapper');
    expect(options.policy.defaults.warn).toEqual({ level: 'restricted', version: 'v1.31' });
    expect(options.policy.defaults.enforce).toEqual({ level: 'baseline', version: 'latest' });
    expect(options.policy.exemptions.runtimeClasses).toEqual(['gvisor']);
  });

  it('an AdmissionConfiguration whose plugin entry names a v1alpha1 file', () => {
    expect(resolveFrom('psa-path').policy.defaults.audit).toEqual({ level: 'baseline', version: 'latest' });
  });

  it('rejects invalid entries strictly, each named', () => {
    expect(loadConfig({ cwd: dir('psa-invalid') }).errors).toEqual([
      'psa.yaml: defaults.auditVersion: unknown field',
      'psa.yaml: defaults.enforce: Invalid value: "strict": must be one of privileged, baseline, restricted',
      'psa.yaml: defaults.warn-version: Invalid value: "1.30": must be "latest" or "v1.x"',
      `psa.yaml: exemptions.namespaces[1]: Invalid value: "Kube_Public": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
      'psa.yaml: exemptions.namespaces[2]: Duplicate value: "kube-system"',
      'psa.yaml: exemptions.usernames[0]: Invalid value: "": username must not be empty',
    ]);
  });
});

describe('loadConfig', () => {
  it('reports YAML syntax errors with line and column', () => {
    const { errors } = loadConfig({ cwd: dir('bad-yaml') });
    expect(errors).toEqual(['.podsec.yaml:1:8: Nested mappings are not allowed in compact mappings']);
  });

  it('an explicit --config that does not exist is an error; no file at all is an empty config', () => {
    expect(loadConfig({ cwd: dir('full'), configPath: 'nope.yaml' }).errors).toEqual([
      'nope.yaml: config file not found',
    ]);
    expect(loadConfig({ cwd: dir('.') })).toEqual({ loaded: { dir: dir('.'), config: {} }, errors: [] });
  });

  it('finds the file given with --config relative to cwd and resolves target paths against its directory', () => {
    const { loaded, errors } = loadConfig({ cwd: dir('.'), configPath: 'full/.podsec.yaml' });
    expect(errors).toEqual([]);
    expect(loaded?.file).toBe('full/.podsec.yaml');
    const options = resolveScanOptions({
      cwd: dir('.'),
      paths: [],
      config: loaded?.config,
      flags: {},
      today: TODAY,
      configDir: loaded?.dir,
    });
    expect(options.targets.map((t) => t.path)).toEqual(['full/deploy/chart']);
  });
});

describe('resolveScanOptions', () => {
  it('writes absolute paths inside the working directory relative to it, and leaves the others as given', () => {
    const options = resolveScanOptions({
      cwd: '/repo',
      paths: ['/repo/deploy/', '/repo', './charts', '/elsewhere/x', '-'],
      flags: {},
      today: TODAY,
    });
    expect(options.paths).toEqual(['deploy', '.', './charts', '/elsewhere/x', '-']);
  });

  it('defaults with nothing configured: enforce baseline, warn and audit restricted, all latest', () => {
    const options = resolveScanOptions({ cwd: '/repo', paths: [], flags: {}, today: TODAY });
    expect(options.policy.defaults).toEqual(DEFAULT_MODE_POLICIES);
    expect(options.policy.defaults).toEqual({
      enforce: { level: 'baseline', version: 'latest' },
      warn: { level: 'restricted', version: 'latest' },
      audit: { level: 'restricted', version: 'latest' },
    });
    expect(options.failOn).toBe('enforce');
    expect(options.policy.allowInlineIgnores).toBe(true);
    expect(options.render).toMatchObject({
      network: false,
      timeoutMs: 120_000,
      renderErrorsFail: true,
      helm: { releaseName: 'release-name', ciScenarios: true },
    });
  });

  it('reads every section of the config file', () => {
    const options = resolveFrom('full');
    expect(options.policy.defaults).toEqual({
      enforce: { level: 'baseline', version: 'latest' },
      warn: { level: 'restricted', version: 'latest' },
      audit: { level: 'restricted', version: 'v1.30' },
    });
    expect(options.policy.namespaceLabels.payments).toEqual({ 'pod-security.kubernetes.io/enforce': 'restricted' });
    expect(options.policy).toMatchObject({ nextVersion: 'v1.34', clusterMinor: 33, allowInlineIgnores: false });
    expect(options.render).toMatchObject({
      timeoutMs: 90_000,
      concurrency: 2,
      renderErrorsFail: false,
      kustomize: { binary: 'kubectl', enableHelm: false },
    });
    expect(options.render.helm).toEqual({
      releaseName: 'web',
      namespace: 'web',
      valuesFiles: ['values-ci.yaml'],
      set: ['image.tag=1.0'],
      apiVersions: [],
      ciScenarios: false,
    });
    expect(options.exclude).toEqual(['vendor/**']);
    expect(options.failOn).toBe('warn');
  });

  it('flags override the file: --level/--version for all modes, then --enforce/--warn/--audit per mode', () => {
    const options = resolveFrom('full', {
      level: 'restricted',
      version: 'v1.28',
      audit: 'baseline',
      warn: 'privileged:latest',
      exclude: ['tmp/**'],
      values: ['values-prod.yaml'],
      timeout: '30',
      failOn: 'none',
      shard: '2/3',
      ignoreInline: true,
      nextVersion: 'v1.35',
      clusterVersion: '1.30',
    });
    expect(options.policy.defaults).toEqual({
      enforce: { level: 'restricted', version: 'v1.28' },
      warn: { level: 'privileged', version: 'latest' },
      audit: { level: 'baseline', version: 'v1.28' },
    });
    expect(options.exclude).toEqual(['vendor/**', 'tmp/**']);
    // Flag values files are relative to where podsec runs (as with helm), so they become absolute.
    expect(options.render.helm.valuesFiles).toEqual([path.join(options.cwd, 'values-prod.yaml')]);
    expect(options.render.timeoutMs).toBe(30_000);
    expect(options).toMatchObject({ failOn: 'none', shard: { index: 2, total: 3 } });
    expect(options.policy).toMatchObject({ allowInlineIgnores: false, nextVersion: 'v1.35', clusterMinor: 30 });
  });

  it('throws one OptionsError listing every bad flag value', () => {
    let caught: unknown;
    try {
      resolveScanOptions({
        cwd: '/repo',
        paths: [],
        flags: { level: 'strict', warn: 'restricted:1.30', failOn: 'always', shard: '4/3', exclude: ['a/[b'] },
        today: TODAY,
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OptionsError);
    expect((caught as OptionsError).exitCode).toBe(2);
    expect((caught as OptionsError).messages).toEqual([
      '--level: level "strict" is not one of privileged, baseline, restricted',
      '--warn: version "1.30" must be "latest" or "v1.x"',
      '--exclude: glob "a/[b" is not valid: Missing closing: "]" - use "\\\\]" to match literal characters',
      '--fail-on: "always" is not one of enforce, warn, audit, any, none',
      '--shard: "4/3" must be INDEX/TOTAL with 1 <= INDEX <= TOTAL, e.g. 2/4',
    ]);
  });
});

describe('parseModeFlag', () => {
  it('accepts LEVEL, LEVEL:VERSION and :VERSION', () => {
    expect(parseModeFlag('restricted')).toEqual({ setting: { level: 'restricted' } });
    expect(parseModeFlag('baseline:v1.30')).toEqual({ setting: { level: 'baseline', version: 'v1.30' } });
    expect(parseModeFlag(':latest')).toEqual({ setting: { version: 'latest' } });
  });
  it('explains bad values', () => {
    expect(parseModeFlag('strict:v1.30')).toEqual({
      error: 'level "strict" is not one of privileged, baseline, restricted',
    });
    expect(parseModeFlag('restricted:')).toEqual({ error: 'version "" must be "latest" or "v1.x"' });
    expect(parseModeFlag('')).toEqual({ error: '"" must be LEVEL or LEVEL:VERSION, e.g. restricted:v1.30' });
  });
});
