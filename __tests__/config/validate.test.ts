import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateConfig } from '../../src/config/validate.js';

const F = '.podsec.yaml';
const errorsOf = (yaml: string): string[] => validateConfig(parse(yaml), F).errors;

describe('validateConfig: errors name the file, the key path and the expected form', () => {
  const cases: [string, string, string[]][] = [
    [
      'unknown top-level key',
      'lvl: restricted',
      [
        `${F}: lvl: unknown key (expected one of level, version, defaults, namespaces, exemptions, admissionConfiguration, relaxations, inlineIgnores, podTemplateKinds, nextVersion, clusterVersion, helm, kustomize, network, timeout, concurrency, renderErrors, targets, exclude, failOn)`,
      ],
    ],
    ['bad level', 'level: strict', [`${F}: level: level "strict" is not one of privileged, baseline, restricted`]],
    ['bad version', 'version: "1.30"', [`${F}: version: "1.30" must be "latest" or "v1.x"`]],
    [
      'bad mode shorthand',
      'defaults:\n  warn: restricted:v1.030',
      [`${F}: defaults.warn: "v1.030" must be "latest" or "v1.x"`],
    ],
    [
      'unknown mode key',
      'defaults:\n  audit: { level: baseline, versoin: v1.2 }',
      [`${F}: defaults.audit.versoin: unknown key (expected one of level, version)`],
    ],
    [
      'missing reason and unknown check',
      'relaxations:\n  - checks: [runAsNonRoot]\n    reason: ok\n  - checks: [RunAsNonRoot]',
      [
        `${F}: relaxations[1].checks[0]: unknown check "RunAsNonRoot" (check ids are case-sensitive, e.g. runAsNonRoot, seccompProfile_restricted)`,
        `${F}: relaxations[1].reason: required (a sentence saying why the check is relaxed)`,
      ],
    ],
    [
      'bad date',
      'relaxations:\n  - checks: [runAsUser]\n    reason: x\n    expires: 2026-02-30',
      [`${F}: relaxations[0].expires: "2026-02-30" must be a date written YYYY-MM-DD`],
    ],
    [
      'bad glob',
      'exclude: ["charts/{a,b"]',
      [
        `${F}: exclude[0]: glob "charts/{a,b" is not valid: Missing closing: "}" - use "\\\\}" to match literal characters`,
      ],
    ],
    [
      'bad namespace labels',
      'namespaces:\n  prod:\n    labels:\n      pod-security.kubernetes.io/enforce: strict\n      pod-security.kubernetes.io/enfoce: baseline',
      [
        `${F}: namespaces.prod.labels["pod-security.kubernetes.io/enfoce"]: unknown Pod Security label (expected one of pod-security.kubernetes.io/enforce, pod-security.kubernetes.io/enforce-version, pod-security.kubernetes.io/audit, pod-security.kubernetes.io/audit-version, pod-security.kubernetes.io/warn, pod-security.kubernetes.io/warn-version)`,
        `${F}: namespaces.prod: metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted`,
      ],
    ],
    [
      'bad exemption',
      'exemptions:\n  namespaces: [Kube_System]',
      [
        `${F}: exemptions.namespaces[0]: "Kube_System": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
      ],
    ],
    [
      'duplicate exemption',
      'exemptions:\n  runtimeClasses: [kata, kata]',
      [`${F}: exemptions.runtimeClasses[1]: duplicate value "kata"`],
    ],
    ['bad failOn', 'failOn: errors', [`${F}: failOn: "errors" is not one of enforce, warn, audit, any, none`]],
    ['bad timeout', 'timeout: 2h', [`${F}: timeout: "2h" must be seconds (120) or a duration such as 90s, 2m, 1500ms`]],
    [
      'bad pod template kind',
      'podTemplateKinds:\n  - apiVersion: example.com/v1\n    kind: worker',
      [
        `${F}: podTemplateKinds[0].kind: "worker" must be a kind name such as Rollout`,
        `${F}: podTemplateKinds[0].path: required, a dotted path such as spec.template`,
      ],
    ],
    [
      'helm options on a kustomize target',
      'targets:\n  - path: deploy\n    type: kustomize\n    helm: { releaseName: x }',
      [`${F}: targets[0].type: helm options and scenarios only apply to type helm, not kustomize`],
    ],
    ['not a mapping', '- a\n- b', [`${F}: must be a mapping of settings at the top level, got a list`]],
  ];
  for (const [name, yaml, expected] of cases) {
    it(name, () => {
      expect(errorsOf(yaml)).toEqual(expected);
    });
  }

  it('reports every problem at once', () => {
    expect(errorsOf('level: strict\nversion: v2\nnetwork: "yes"')).toHaveLength(3);
  });
});

describe('validateConfig: typed result', () => {
  it('an empty file is an empty config', () => {
    expect(validateConfig(null, F)).toEqual({ config: {}, errors: [] });
  });

  it('expands shorthands and converts durations', () => {
    const { config, errors } = validateConfig(
      parse(`
defaults:
  enforce: restricted:v1.30
  warn: { level: baseline }
namespaces:
  prod: { enforce: restricted, warn-version: v1.29 }
  quiet:
timeout: 2m
relaxations:
  - checks: [runAsNonRoot, runAsUser]
    reason: Legacy image.
`),
      F,
    );
    expect(errors).toEqual([]);
    expect(config).toEqual({
      defaults: { enforce: { level: 'restricted', version: 'v1.30' }, warn: { level: 'baseline' } },
      namespaces: {
        prod: {
          'pod-security.kubernetes.io/enforce': 'restricted',
          'pod-security.kubernetes.io/warn-version': 'v1.29',
        },
        quiet: {},
      },
      timeoutMs: 120_000,
      relaxations: [
        { checks: ['runAsNonRoot', 'runAsUser'], reason: 'Legacy image.', origin: { file: F, path: 'relaxations[0]' } },
      ],
    });
  });
});

describe('binaries named in the config file', () => {
  it('accepts a command name and refuses a path, since a pull request can edit the config file', () => {
    expect(errorsOf('helm:\n  binary: helm3')).toEqual([]);
    const errors = errorsOf('helm:\n  binary: ./tools/helm\nkustomize:\n  binary: /tmp/kustomize');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('helm.binary: "./tools/helm" must be a command name found on PATH');
    expect(errors[1]).toContain('kustomize.binary: "/tmp/kustomize" must be a command name found on PATH');
  });
});

describe('values files named in the config file', () => {
  it('must be relative to the chart, so a pull request cannot make a render read files of the machine', () => {
    expect(errorsOf('helm:\n  valuesFiles: [values-prod.yaml, ../shared/values.yaml]')).toEqual([]);
    expect(errorsOf('helm:\n  valuesFiles: [/etc/passwd]')).toEqual([
      `${F}: helm.valuesFiles[0]: "/etc/passwd" must be a path relative to the chart directory`,
    ]);
  });
});
