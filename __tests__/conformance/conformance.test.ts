/**
 * podsec's own conformance corpus (see generator.ts): every generated pod is evaluated directly, and
 * again after being wrapped in a Deployment and a CronJob, written as YAML, parsed and extracted, so the
 * verdict is proven through the same path a scan takes.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseManifests } from '../../src/manifests/parse.js';
import { activeCheckIds } from '../../src/policy/registry.js';
import { aggregateMessage, evaluatePod } from '../../src/policy/evaluate.js';
import type { CheckId, EvaluateOptions, PodLike, PolicyVersion } from '../../src/policy/types.js';
import { parseVersion } from '../../src/policy/version.js';
import { extractWorkloads } from '../../src/workloads/extract.js';
import {
  MAX_MINOR,
  POLICY_LEVELS,
  expectedActiveIds,
  generateCases,
  generateCorpus,
  type ConformanceCase,
  type PolicyLevel,
} from './generator.js';

function version(text: string): PolicyVersion {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`parseVersion rejected ${text}`);
  return parsed;
}

function deployment(c: ConformanceCase): Record<string, unknown> {
  const labels = { app: 'conformance', scenario: c.name.replace(/_/g, '-') };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: c.name },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: { metadata: { ...c.pod.metadata, labels }, spec: c.pod.spec },
    },
  };
}

function cronJob(c: ConformanceCase): Record<string, unknown> {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: c.name },
    spec: {
      schedule: '*/5 * * * *',
      jobTemplate: {
        spec: { template: { metadata: c.pod.metadata, spec: { ...c.pod.spec, restartPolicy: 'OnFailure' } } },
      },
    },
  };
}

/**
 * The YAML text of a document, written once for each distinct document: most generated pods recur at every
 * version (about 500 distinct among 6,700 cases), and writing YAML costs more than the rest of the test.
 */
const yamlTexts = new Map<string, string>();
function toYaml(document: Record<string, unknown>): string {
  const key = JSON.stringify(document);
  let text = yamlTexts.get(key);
  if (text === undefined) {
    // The key stands for the document only if JSON keeps all of it (no undefined, NaN or -0).
    expect(JSON.parse(key)).toStrictEqual(document);
    text = stringify(document);
    yamlTexts.set(key, text);
  }
  return text;
}

/** Compares one evaluation with the case's expectations; returns problems as readable lines. */
function verify(
  c: ConformanceCase,
  pod: PodLike,
  where: string,
  versionText: string,
  mode: 'enforce' | 'warn',
  options?: EvaluateOptions,
): string[] {
  const failures = evaluatePod(pod, c.level, version(versionText), options);
  const ids: CheckId[] = failures.map((f) => f.id);
  const label = `${c.level}/${versionText}/${c.verdict}/${c.name} (${where})`;
  const problems: string[] = [];
  if (JSON.stringify(ids) !== JSON.stringify(c.expectedIds)) {
    problems.push(
      `${label}: expected failing checks [${c.expectedIds.join(', ')}], got [${ids.join(', ')}]` +
        (failures.length ? ` — ${aggregateMessage(failures, mode, c.level, versionText)}` : ''),
    );
    return problems;
  }
  if (failures.length === 0) return problems;
  const message = aggregateMessage(failures, mode, c.level, versionText);
  const prefix = `${mode === 'enforce' ? 'violates' : 'would violate'} PodSecurity "${c.level}:${versionText}": `;
  if (!message.startsWith(prefix)) problems.push(`${label}: message does not start with ${prefix}: ${message}`);
  if (message.includes('unknown forbidden reason')) problems.push(`${label}: unknown forbidden reason in ${message}`);
  if (!message.includes(c.expectedSubstring)) problems.push(`${label}: missing "${c.expectedSubstring}" in ${message}`);
  for (const fragment of c.expectedFragments) {
    if (!message.includes(fragment)) problems.push(`${label}: missing fragment\n    ${fragment}\n  in ${message}`);
  }
  for (const failure of failures) {
    if (failure.paths.length === 0) problems.push(`${label}: ${failure.id} has no field paths`);
  }
  return problems;
}

const corpus = generateCorpus();
const versions = Array.from({ length: MAX_MINOR + 1 }, (_, minor) => minor);

describe('generated conformance corpus', () => {
  it('has several thousand cases, with pass and fail cases for every check at every version it exists', () => {
    const fails = corpus.filter((c) => c.verdict === 'fail').length;
    console.info(
      `conformance corpus: ${corpus.length} pods (${corpus.length - fails} pass, ${fails} fail), ` +
        `each also checked as a Deployment and a CronJob`,
    );
    expect(corpus.length).toBeGreaterThan(4000);
    for (const level of POLICY_LEVELS) {
      for (const minor of versions) {
        const cases = generateCases(level, minor);
        for (const id of expectedActiveIds({ level, minor })) {
          const own = cases.filter((c) => c.origin === id);
          expect(
            own.some((c) => c.verdict === 'pass'),
            `${level} v1.${minor} ${id} pass`,
          ).toBe(true);
          expect(
            own.some((c) => c.verdict === 'fail'),
            `${level} v1.${minor} ${id} fail`,
          ).toBe(true);
        }
      }
    }
  });

  describe.each(POLICY_LEVELS)('%s', (level: PolicyLevel) => {
    it.each(versions)(`evaluates the active checks of ${level} v1.%i`, (minor) => {
      expect([...activeCheckIds(level, version(`v1.${minor}`))]).toEqual(expectedActiveIds({ level, minor }));
    });

    it.each(versions)(`gives the expected verdicts for ${level} v1.%i pods, Deployments and CronJobs`, (minor) => {
      const cases = generateCases(level, minor);
      const versionText = `v1.${minor}`;
      const problems: string[] = [];
      for (const c of cases) problems.push(...verify(c, c.pod, 'Pod', versionText, 'enforce'));

      const documents = cases.flatMap((c) => [toYaml(deployment(c)), toYaml(cronJob(c))]);
      const file = `conformance/${level}-v1.${minor}.yaml`;
      const parsed = parseManifests(documents.join('---\n'), file);
      expect(parsed.errors).toEqual([]);
      const { workloads, errors } = extractWorkloads(parsed.objects);
      expect(errors).toEqual([]);
      expect(workloads).toHaveLength(cases.length * 2);
      const byKey = new Map(workloads.map((w) => [`${w.kind}/${w.name}`, w]));
      for (const c of cases) {
        for (const kind of ['Deployment', 'CronJob']) {
          const workload = byKey.get(`${kind}/${c.name}`);
          if (!workload) {
            problems.push(`${level}/${versionText}/${c.name}: ${kind} not extracted`);
            continue;
          }
          if (workload.isPod) problems.push(`${level}/${versionText}/${c.name}: ${kind} extracted as a Pod`);
          problems.push(...verify(c, workload.pod, kind, versionText, 'warn'));
        }
      }
      expect(problems).toEqual([]);
    });

    it(`evaluates latest and versions beyond v1.${MAX_MINOR} as v1.${MAX_MINOR}, printing the requested version`, () => {
      const problems: string[] = [];
      for (const c of generateCases(level, MAX_MINOR)) {
        for (const requested of ['latest', `v1.${MAX_MINOR + 1}`, 'v1.99']) {
          problems.push(...verify(c, c.pod, 'Pod', requested, 'enforce'));
        }
      }
      expect(problems).toEqual([]);
    });

    it.each([33, 24, 18, 7])('evaluates latest on a cluster emulating v1.%i as that version', (emulationMinor) => {
      const problems: string[] = [];
      for (const c of generateCases(level, emulationMinor)) {
        problems.push(...verify(c, c.pod, 'Pod', 'latest', 'enforce', { emulationMinor }));
      }
      expect(problems).toEqual([]);
    });
  });

  it('treats a volume with no source as emptyDir only while API-server defaulting is on', () => {
    const noSource = generateCases('restricted', MAX_MINOR).find(
      (c) =>
        c.origin === 'restrictedVolumes' &&
        c.pod.spec.volumes?.length === 1 &&
        Object.keys(c.pod.spec.volumes[0] ?? {}).length === 1,
    );
    if (!noSource) throw new Error('the generator lost its source-less volume case');
    expect(noSource.verdict).toBe('pass');
    expect(evaluatePod(noSource.pod, 'restricted', version('latest'))).toEqual([]);
    const raw = evaluatePod(noSource.pod, 'restricted', version('latest'), { apiServerDefaults: false });
    expect(raw.map((f) => [f.id, f.detail])).toEqual([
      ['restrictedVolumes', 'volume "volume-nosource" uses restricted volume type "unknown"'],
    ]);
  });
});
