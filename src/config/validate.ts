/**
 * Strict validation of `.podsec.yaml` (already parsed from YAML). Every problem is reported, each as
 * `<file>: <key path>: <what is wrong and the expected form>`, so a user can fix them all in one go.
 * schema/podsec.schema.json publishes the same rules for editors; a test keeps the two in step.
 */
import { validatePodTemplateKind } from '../workloads/custom-kinds.js';
import { FAIL_ON_VALUES, MODES, type FailOn, type Mode } from '../findings/types.js';
import { isCheckId } from '../findings/check-order.js';
import { namespacePolicy, POD_SECURITY_LABEL_PREFIX, podSecurityLabelKeys } from '../findings/namespace-policy.js';
import type { Exemptions, HelmOptions, KustomizeOptions, Relaxation, TargetOptions } from '../options.js';
import type { CheckId, Level } from '../policy/types.js';
import type { PodTemplateKind } from '../workloads/types.js';
import {
  dateError,
  dns1123LabelError,
  dns1123SubdomainError,
  formatKeyPath,
  globError,
  levelError,
  versionError,
  type PathSegment,
} from './fields.js';
import type { ModeSetting, PodsecConfig } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Path = readonly PathSegment[];

const TOP_LEVEL_KEYS = [
  'level',
  'version',
  'defaults',
  'namespaces',
  'exemptions',
  'admissionConfiguration',
  'relaxations',
  'inlineIgnores',
  'podTemplateKinds',
  'nextVersion',
  'clusterVersion',
  'helm',
  'kustomize',
  'network',
  'timeout',
  'concurrency',
  'renderErrors',
  'targets',
  'exclude',
  'failOn',
] as const;

const HELM_KEYS = [
  'binary',
  'releaseName',
  'namespace',
  'valuesFiles',
  'set',
  'kubeVersion',
  'apiVersions',
  'ciScenarios',
] as const;
const TARGET_HELM_KEYS = [
  'releaseName',
  'namespace',
  'valuesFiles',
  'set',
  'kubeVersion',
  'apiVersions',
  'ciScenarios',
] as const;
const NAMESPACE_SHORTHANDS = ['enforce', 'enforce-version', 'audit', 'audit-version', 'warn', 'warn-version'] as const;

/** `120`, `120s`, `2m`, `1500ms`: a render timeout. Bare numbers are seconds. */
const DURATION = /^([1-9][0-9]*)(ms|s|m)$/;

/** A Kubernetes label key: optional DNS-subdomain prefix and a name of at most 63 characters. */
const LABEL_KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/** `apps/v1`, `argoproj.io/v1alpha1`, `serving.knative.dev/*`, or a core `v1`. */

class Checker {
  readonly errors: string[] = [];
  constructor(readonly file: string) {}

  fail(path: Path, message: string): undefined {
    this.errors.push(`${this.file}: ${formatKeyPath(path)}: ${message}`);
    return undefined;
  }

  /** A mapping with only the given keys; unknown keys are each an error. */
  mapping(value: unknown, path: Path, keys: readonly string[] | undefined): Record<string, unknown> | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return this.fail(path, `must be a mapping, got ${describe(value)}`);
    }
    const record = value as Record<string, unknown>;
    if (keys) {
      for (const key of Object.keys(record)) {
        if (!keys.includes(key)) this.fail([...path, key], `unknown key (expected one of ${keys.join(', ')})`);
      }
    }
    return record;
  }

  string(value: unknown, path: Path, nonEmpty = true): string | undefined {
    if (typeof value !== 'string') return this.fail(path, `must be a string, got ${describe(value)}`);
    if (nonEmpty && value.trim() === '') return this.fail(path, 'must not be empty');
    return value;
  }

  boolean(value: unknown, path: Path): boolean | undefined {
    if (typeof value !== 'boolean') return this.fail(path, `must be true or false, got ${describe(value)}`);
    return value;
  }

  positiveInteger(value: unknown, path: Path): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      return this.fail(path, `must be a whole number of at least 1, got ${describe(value)}`);
    }
    return value;
  }

  /** A list of strings, each passing `check`; duplicates are an error (they are always a mistake here). */
  stringList(value: unknown, path: Path, check?: (item: string) => string | undefined): string[] | undefined {
    if (!Array.isArray(value)) return this.fail(path, `must be a list, got ${describe(value)}`);
    const out: string[] = [];
    let ok = true;
    value.forEach((item, index) => {
      const text = this.string(item, [...path, index]);
      if (text === undefined) {
        ok = false;
        return;
      }
      const problem = check?.(text);
      if (problem !== undefined) {
        ok = false;
        this.fail([...path, index], problem);
      } else if (out.includes(text)) {
        ok = false;
        this.fail([...path, index], `duplicate value ${JSON.stringify(text)}`);
      } else {
        out.push(text);
      }
    });
    return ok ? out : undefined;
  }

  level(value: unknown, path: Path): Level | undefined {
    const text = this.string(value, path, false);
    if (text === undefined) return undefined;
    const problem = levelError(text);
    return problem === undefined ? (text as Level) : this.fail(path, problem);
  }

  version(value: unknown, path: Path): string | undefined {
    const text = this.string(value, path, false);
    if (text === undefined) return undefined;
    const problem = versionError(text);
    return problem === undefined ? text : this.fail(path, problem);
  }

  oneOf<T extends string>(value: unknown, path: Path, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(path, `${describe(value)} is not one of ${allowed.join(', ')}`);
  }

  stringMap(
    value: unknown,
    path: Path,
    checkKey: (key: string) => string | undefined,
    checkValue: (v: string) => string | undefined,
  ): Record<string, string> | undefined {
    const record = this.mapping(value, path, undefined);
    if (!record) return undefined;
    const out: Record<string, string> = {};
    let ok = true;
    for (const [key, raw] of Object.entries(record)) {
      const keyProblem = checkKey(key);
      if (keyProblem !== undefined) {
        ok = false;
        this.fail([...path, key], keyProblem);
        continue;
      }
      const text = this.string(raw, [...path, key], false);
      if (text === undefined) {
        ok = false;
        continue;
      }
      const valueProblem = checkValue(text);
      if (valueProblem !== undefined) {
        ok = false;
        this.fail([...path, key], valueProblem);
        continue;
      }
      out[key] = text;
    }
    return ok ? out : undefined;
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}

function labelKeyError(key: string): string | undefined {
  return LABEL_KEY.test(key) ? undefined : `${JSON.stringify(key)} is not a valid label key`;
}
function labelValueError(value: string): string | undefined {
  return LABEL_VALUE.test(value) ? undefined : `${JSON.stringify(value)} is not a valid label value`;
}

/** `restricted`, `restricted:v1.30`, or `{ level, version }`. */
function modeSetting(c: Checker, value: unknown, path: Path): ModeSetting | undefined {
  if (typeof value === 'string') {
    const colon = value.indexOf(':');
    const levelText = colon < 0 ? value : value.slice(0, colon);
    const versionText = colon < 0 ? undefined : value.slice(colon + 1);
    const level = c.level(levelText, path);
    const version = versionText === undefined ? undefined : c.version(versionText, path);
    if (level === undefined || (versionText !== undefined && version === undefined)) return undefined;
    return version === undefined ? { level } : { level, version };
  }
  const record = c.mapping(value, path, ['level', 'version']);
  if (!record) return undefined;
  const out: Mutable<ModeSetting> = {};
  if (record.level !== undefined) out.level = c.level(record.level, [...path, 'level']);
  if (record.version !== undefined) out.version = c.version(record.version, [...path, 'version']);
  return out;
}

function namespaces(c: Checker, value: unknown, path: Path): Record<string, Record<string, string>> | undefined {
  const record = c.mapping(value, path, undefined);
  if (!record) return undefined;
  const out: Record<string, Record<string, string>> = {};
  for (const [name, raw] of Object.entries(record)) {
    const at = [...path, name];
    const nameProblem = dns1123LabelError(name);
    if (nameProblem !== undefined) {
      c.fail(at, `namespace name ${nameProblem}`);
      continue;
    }
    const entry = c.mapping(raw ?? {}, at, ['labels', ...NAMESPACE_SHORTHANDS]);
    if (!entry) continue;
    const labels: Record<string, string> = {};
    if (entry.labels !== undefined) {
      Object.assign(labels, c.stringMap(entry.labels, [...at, 'labels'], labelKeyError, labelValueError) ?? {});
    }
    for (const shorthand of NAMESPACE_SHORTHANDS) {
      const text = entry[shorthand];
      if (text === undefined) continue;
      const label = `${POD_SECURITY_LABEL_PREFIX}${shorthand}`;
      if (labels[label] !== undefined)
        c.fail([...at, shorthand], `also given as labels[${JSON.stringify(label)}]; use one`);
      const asString = c.string(text, [...at, shorthand], false);
      if (asString !== undefined) labels[label] = asString;
    }
    for (const key of Object.keys(labels)) {
      if (key.startsWith(POD_SECURITY_LABEL_PREFIX) && !podSecurityLabelKeys.includes(key)) {
        c.fail(
          [...at, 'labels', key],
          `unknown Pod Security label (expected one of ${podSecurityLabelKeys.join(', ')})`,
        );
      }
    }
    // The same parser the scan uses decides what is invalid; in a file the user controls that is an error.
    const parsed = namespacePolicy(labels, DUMMY_DEFAULTS);
    for (const problem of parsed.errors) c.fail(at, problem);
    out[name] = labels;
  }
  return out;
}

const DUMMY_DEFAULTS = {
  enforce: { level: 'privileged', version: 'latest' },
  warn: { level: 'privileged', version: 'latest' },
  audit: { level: 'privileged', version: 'latest' },
} as const;

/** Exemptions with the admission controller's rules (also used for PodSecurityConfiguration files). */
export function exemptionsFrom(c: Checker, value: unknown, path: Path): Partial<Exemptions> | undefined {
  const record = c.mapping(value, path, ['namespaces', 'runtimeClasses', 'usernames']);
  if (!record) return undefined;
  const out: Mutable<Partial<Exemptions>> = {};
  if (record.namespaces !== undefined)
    out.namespaces = c.stringList(record.namespaces, [...path, 'namespaces'], dns1123LabelError);
  if (record.runtimeClasses !== undefined) {
    out.runtimeClasses = c.stringList(record.runtimeClasses, [...path, 'runtimeClasses'], dns1123SubdomainError);
  }
  if (record.usernames !== undefined) out.usernames = c.stringList(record.usernames, [...path, 'usernames']);
  return out;
}

function relaxation(c: Checker, value: unknown, path: Path): Relaxation | undefined {
  const record = c.mapping(value, path, ['checks', 'reason', 'expires', 'namespaces', 'kinds', 'names', 'matchLabels']);
  if (!record) return undefined;
  const before = c.errors.length;
  let checks: CheckId[] | undefined;
  if (record.checks === undefined) c.fail([...path, 'checks'], 'required (a list of check ids, e.g. [runAsNonRoot])');
  else {
    const list = c.stringList(record.checks, [...path, 'checks'], (id) =>
      isCheckId(id)
        ? undefined
        : `unknown check ${JSON.stringify(id)} (check ids are case-sensitive, e.g. runAsNonRoot, seccompProfile_restricted)`,
    );
    if (list && list.length === 0) c.fail([...path, 'checks'], 'must name at least one check');
    checks = list as CheckId[] | undefined;
  }
  let reason: string | undefined;
  if (record.reason === undefined || (typeof record.reason === 'string' && record.reason.trim() === '')) {
    c.fail([...path, 'reason'], 'required (a sentence saying why the check is relaxed)');
  } else reason = c.string(record.reason, [...path, 'reason']);
  const out: Mutable<Relaxation> = {
    checks: checks ?? [],
    reason: reason ?? '',
    origin: { file: c.file, path: formatKeyPath(path) },
  };
  if (record.expires !== undefined) {
    const text = c.string(record.expires, [...path, 'expires']);
    if (text !== undefined) {
      const problem = dateError(text);
      if (problem === undefined) out.expires = text;
      else c.fail([...path, 'expires'], problem);
    }
  }
  for (const key of ['namespaces', 'kinds', 'names'] as const) {
    if (record[key] !== undefined) out[key] = c.stringList(record[key], [...path, key], globError);
  }
  if (record.matchLabels !== undefined) {
    out.matchLabels = c.stringMap(record.matchLabels, [...path, 'matchLabels'], labelKeyError, labelValueError);
  }
  return c.errors.length === before ? out : undefined;
}

function podTemplateKind(c: Checker, value: unknown, path: Path): PodTemplateKind | undefined {
  // One validator for pod template kinds, shared with the workload extractor, so the config accepts
  // exactly the paths extraction understands (`[*]`, Argo Workflows specs).
  const problems = validatePodTemplateKind(value);
  for (const problem of problems) {
    const colon = problem.indexOf(': ');
    const key = colon > 0 && /^[A-Za-z]+$/.test(problem.slice(0, colon)) ? problem.slice(0, colon) : undefined;
    c.fail(key === undefined ? path : [...path, key], key === undefined ? problem : problem.slice(colon + 2));
  }
  return problems.length === 0 ? (value as PodTemplateKind) : undefined;
}

/**
 * The config file lives in the scanned repository, and a pull request can change it. A binary given as a
 * path could be a script from that pull request, which podsec would then run; so the file may only name a
 * command found on PATH. Paths to binaries come from flags or action inputs, which the pipeline owner sets.
 */
function commandName(c: Checker, value: unknown, path: Path): string | undefined {
  const text = c.string(value, path);
  if (text === undefined) return undefined;
  if (text === '' || /[/\\]/.test(text) || text.startsWith('.') || text.startsWith('-')) {
    c.fail(
      path,
      `${JSON.stringify(text)} must be a command name found on PATH (such as helm); a path to a binary can only be given with a flag or action input, so a pull request cannot make podsec run a file from the repository`,
    );
    return undefined;
  }
  return text;
}

/**
 * Values files named in the config file are relative to their chart; an absolute path could make a pull
 * request's config read files of the machine into a render. (Flags and action inputs may name any file.)
 */
function relativePaths(c: Checker, list: string[] | undefined, path: Path): string[] | undefined {
  if (list === undefined) return undefined;
  let ok = true;
  list.forEach((item, index) => {
    if (item.startsWith('/') || item.startsWith('\\') || /^[A-Za-z]:/.test(item)) {
      c.fail([...path, index], `${JSON.stringify(item)} must be a path relative to the chart directory`);
      ok = false;
    }
  });
  return ok ? list : undefined;
}

function helmOptions(
  c: Checker,
  value: unknown,
  path: Path,
  keys: readonly string[],
): Partial<HelmOptions> | undefined {
  const record = c.mapping(value, path, keys);
  if (!record) return undefined;
  const out: Mutable<Partial<HelmOptions>> = {};
  if (record.binary !== undefined) out.binary = commandName(c, record.binary, [...path, 'binary']);
  if (record.releaseName !== undefined) {
    const name = c.string(record.releaseName, [...path, 'releaseName']);
    const problem = name === undefined ? undefined : dns1123SubdomainError(name);
    if (problem !== undefined) c.fail([...path, 'releaseName'], `release name ${problem}`);
    else out.releaseName = name;
  }
  if (record.namespace !== undefined) {
    const name = c.string(record.namespace, [...path, 'namespace']);
    const problem = name === undefined ? undefined : dns1123LabelError(name);
    if (problem !== undefined) c.fail([...path, 'namespace'], `namespace name ${problem}`);
    else out.namespace = name;
  }
  if (record.valuesFiles !== undefined)
    out.valuesFiles = relativePaths(c, c.stringList(record.valuesFiles, [...path, 'valuesFiles']), [
      ...path,
      'valuesFiles',
    ]);
  if (record.set !== undefined) {
    out.set = c.stringList(record.set, [...path, 'set'], (item) =>
      item.includes('=') ? undefined : `${JSON.stringify(item)} must be key=value`,
    );
  }
  if (record.kubeVersion !== undefined) out.kubeVersion = c.string(record.kubeVersion, [...path, 'kubeVersion']);
  if (record.apiVersions !== undefined) out.apiVersions = c.stringList(record.apiVersions, [...path, 'apiVersions']);
  if (record.ciScenarios !== undefined) out.ciScenarios = c.boolean(record.ciScenarios, [...path, 'ciScenarios']);
  return out;
}

function target(c: Checker, value: unknown, path: Path): TargetOptions | undefined {
  const record = c.mapping(value, path, ['path', 'type', 'helm', 'scenarios']);
  if (!record) return undefined;
  const before = c.errors.length;
  const targetPath =
    record.path === undefined
      ? c.fail([...path, 'path'], 'required (a file or directory relative to the config file)')
      : c.string(record.path, [...path, 'path']);
  const out: Mutable<Partial<TargetOptions>> = {};
  if (targetPath !== undefined) out.path = targetPath;
  if (record.type !== undefined)
    out.type = c.oneOf(record.type, [...path, 'type'], ['helm', 'kustomize', 'manifest'] as const);
  if (record.helm !== undefined) out.helm = helmOptions(c, record.helm, [...path, 'helm'], TARGET_HELM_KEYS);
  if (record.scenarios !== undefined) {
    if (!Array.isArray(record.scenarios))
      c.fail([...path, 'scenarios'], `must be a list, got ${describe(record.scenarios)}`);
    else {
      const names = new Set<string>();
      out.scenarios = record.scenarios.flatMap((raw, index) => {
        const at = [...path, 'scenarios', index];
        const scenario = c.mapping(raw, at, ['name', 'valuesFiles', 'set']);
        if (!scenario) return [];
        const name =
          scenario.name === undefined
            ? c.fail([...at, 'name'], 'required (shown in findings, e.g. prod)')
            : c.string(scenario.name, [...at, 'name']);
        if (name !== undefined && names.has(name))
          c.fail([...at, 'name'], `duplicate scenario ${JSON.stringify(name)}`);
        if (name !== undefined) names.add(name);
        const valuesFiles =
          scenario.valuesFiles === undefined
            ? []
            : relativePaths(c, c.stringList(scenario.valuesFiles, [...at, 'valuesFiles']), [...at, 'valuesFiles']);
        const set = scenario.set === undefined ? undefined : c.stringList(scenario.set, [...at, 'set']);
        if (name === undefined || valuesFiles === undefined) return [];
        return [set === undefined ? { name, valuesFiles } : { name, valuesFiles, set }];
      });
    }
  }
  if (out.type !== undefined && out.type !== 'helm' && (out.helm !== undefined || out.scenarios !== undefined)) {
    c.fail([...path, 'type'], `helm options and scenarios only apply to type helm, not ${out.type}`);
  }
  return c.errors.length === before ? (out as TargetOptions) : undefined;
}

function timeoutMs(c: Checker, value: unknown, path: Path): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value * 1000;
  if (typeof value === 'string') {
    const match = DURATION.exec(value);
    if (match) {
      const amount = Number(match[1]);
      return match[2] === 'ms' ? amount : match[2] === 's' ? amount * 1000 : amount * 60_000;
    }
  }
  return c.fail(path, `${describe(value)} must be seconds (120) or a duration such as 90s, 2m, 1500ms`);
}

/**
 * Validates a parsed `.podsec.yaml`. `raw` null/undefined (an empty file) is an empty config.
 * Returns the typed config only when there are no errors.
 */
export function validateConfig(raw: unknown, file: string): { config?: PodsecConfig; errors: string[] } {
  const c = new Checker(file);
  if (raw === null || raw === undefined) return { config: {}, errors: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { errors: [`${file}: must be a mapping of settings at the top level, got ${describe(raw)}`] };
  }
  const record = c.mapping(raw, [], TOP_LEVEL_KEYS) ?? {};
  const config: Mutable<PodsecConfig> = {};

  if (record.level !== undefined) config.level = c.level(record.level, ['level']);
  if (record.version !== undefined) config.version = c.version(record.version, ['version']);
  if (record.defaults !== undefined) {
    const defaults = c.mapping(record.defaults, ['defaults'], MODES);
    if (defaults) {
      const out: Partial<Record<Mode, ModeSetting>> = {};
      for (const mode of MODES) {
        if (defaults[mode] === undefined) continue;
        const setting = modeSetting(c, defaults[mode], ['defaults', mode]);
        if (setting) out[mode] = setting;
      }
      config.defaults = out;
    }
  }
  if (record.namespaces !== undefined) config.namespaces = namespaces(c, record.namespaces, ['namespaces']);
  if (record.exemptions !== undefined) config.exemptions = exemptionsFrom(c, record.exemptions, ['exemptions']);
  if (record.admissionConfiguration !== undefined) {
    config.admissionConfiguration = c.string(record.admissionConfiguration, ['admissionConfiguration']);
  }
  if (record.relaxations !== undefined) {
    if (!Array.isArray(record.relaxations))
      c.fail(['relaxations'], `must be a list, got ${describe(record.relaxations)}`);
    else
      config.relaxations = record.relaxations.flatMap(
        (item, index) => relaxation(c, item, ['relaxations', index]) ?? [],
      );
  }
  if (record.inlineIgnores !== undefined) config.inlineIgnores = c.boolean(record.inlineIgnores, ['inlineIgnores']);
  if (record.podTemplateKinds !== undefined) {
    if (!Array.isArray(record.podTemplateKinds))
      c.fail(['podTemplateKinds'], `must be a list, got ${describe(record.podTemplateKinds)}`);
    else
      config.podTemplateKinds = record.podTemplateKinds.flatMap(
        (item, index) => podTemplateKind(c, item, ['podTemplateKinds', index]) ?? [],
      );
  }
  if (record.nextVersion !== undefined) config.nextVersion = c.version(record.nextVersion, ['nextVersion']);
  if (record.clusterVersion !== undefined) {
    const text = c.string(record.clusterVersion, ['clusterVersion']);
    if (text !== undefined) {
      if (clusterMinorOf(text) === undefined)
        c.fail(['clusterVersion'], `${JSON.stringify(text)} must be a cluster version such as v1.33`);
      else config.clusterVersion = text;
    }
  }
  if (record.helm !== undefined) config.helm = helmOptions(c, record.helm, ['helm'], HELM_KEYS);
  if (record.kustomize !== undefined) {
    const kustomize = c.mapping(record.kustomize, ['kustomize'], ['binary', 'enableHelm']);
    if (kustomize) {
      const out: Mutable<Partial<KustomizeOptions>> = {};
      if (kustomize.binary !== undefined) out.binary = commandName(c, kustomize.binary, ['kustomize', 'binary']);
      if (kustomize.enableHelm !== undefined)
        out.enableHelm = c.boolean(kustomize.enableHelm, ['kustomize', 'enableHelm']);
      config.kustomize = out;
    }
  }
  if (record.network !== undefined) config.network = c.boolean(record.network, ['network']);
  if (record.timeout !== undefined) config.timeoutMs = timeoutMs(c, record.timeout, ['timeout']);
  if (record.concurrency !== undefined) config.concurrency = c.positiveInteger(record.concurrency, ['concurrency']);
  if (record.renderErrors !== undefined)
    config.renderErrors = c.oneOf(record.renderErrors, ['renderErrors'], ['fail', 'warn'] as const);
  if (record.targets !== undefined) {
    if (!Array.isArray(record.targets)) c.fail(['targets'], `must be a list, got ${describe(record.targets)}`);
    else config.targets = record.targets.flatMap((item, index) => target(c, item, ['targets', index]) ?? []);
  }
  if (record.exclude !== undefined) config.exclude = c.stringList(record.exclude, ['exclude'], globError);
  if (record.failOn !== undefined) config.failOn = c.oneOf<FailOn>(record.failOn, ['failOn'], FAIL_ON_VALUES);

  if (c.errors.length > 0) return { errors: c.errors };
  return { config: dropUndefined(config), errors: [] };
}

/** `v1.33` or `1.33` → 33. */
export function clusterMinorOf(text: string): number | undefined {
  const match = /^v?1\.(0|[1-9][0-9]*)$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
