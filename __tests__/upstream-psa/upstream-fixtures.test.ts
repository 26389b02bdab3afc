/**
 * Upstream Pod Security Admission's own fixture corpus (testdata/, vendored unmodified; see README.md),
 * run through podsec's engine. The expectations are upstream's, as its test/fixtures_test.go and
 * test/run.go state them: every pod under `<level>/v1.<minor>/pass/` is allowed by that level at that
 * version, and every pod under `fail/` named `<check id, lower case><n>.yaml` is rejected by that check,
 * with its message containing the text upstream's generator names. podsec is held to more than that:
 * a fail fixture must fail that check and no other, except where upstream's generator makes it fail
 * more (UPSTREAM_ALSO_FAILS).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../src/manifests/parse.js';
import { aggregateMessage, evaluatePod } from '../../src/policy/evaluate.js';
import { allCheckMeta } from '../../src/policy/registry.js';
import type { CheckId, PodLike, PolicyVersion } from '../../src/policy/types.js';
import { MAX_MINOR, parseVersion } from '../../src/policy/version.js';
import { extractWorkloads, workloadShapeErrors } from '../../src/workloads/extract.js';
import type { Workload } from '../../src/workloads/types.js';
// The text upstream's test/run.go expects in a fail fixture's message: `expectErrorSubstring` of the
// check's generator in test/fixtures_<check>.go, or the check id where the generator sets none.
import { ORIGIN_SUBSTRINGS } from '../conformance/generator.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const testdata = join(here, 'testdata');
const record = JSON.parse(readFileSync(join(here, 'upstream.json'), 'utf8')) as {
  commit: string;
  files: number;
  digest: string;
};

type FixtureLevel = 'baseline' | 'restricted';
type Verdict = 'pass' | 'fail';

interface Fixture {
  /** Path under testdata/, forward slashes. */
  readonly file: string;
  readonly level: FixtureLevel;
  readonly minor: number;
  readonly verdict: Verdict;
  /** File name without `.yaml`; upstream also uses it as the pod's name. */
  readonly name: string;
  readonly text: string;
}

/**
 * A baseline check that a restricted check replaces from some version on (the `OverrideCheckIDs` of
 * upstream's policy/check_*.go). Upstream also writes a baseline check's fixtures under restricted
 * (registerFixtureGenerator in test/fixtures.go), where the replacing check is the one that rejects them.
 */
const UPSTREAM_OVERRIDES: readonly { baseline: CheckId; restricted: CheckId; fromMinor: number }[] = [
  // policy/check_capabilities_restricted.go
  { baseline: 'capabilities_baseline', restricted: 'capabilities_restricted', fromMinor: 22 },
  // policy/check_restrictedVolumes.go
  { baseline: 'hostPathVolumes', restricted: 'restrictedVolumes', fromMinor: 0 },
  // policy/check_seccompProfile_restricted.go
  { baseline: 'seccompProfile_baseline', restricted: 'seccompProfile_restricted', fromMinor: 19 },
  // policy/check_procMount_restricted.go
  { baseline: 'procMount', restricted: 'procMount_restricted', fromMinor: 35 },
];

/**
 * Checks a fail fixture also fails besides its own, because upstream's generator builds it that way
 * (upstream's run.go only looks for its own check's text, so it never states these).
 */
const UPSTREAM_ALSO_FAILS: readonly {
  fixtures: RegExp;
  level?: FixtureLevel;
  fromMinor: number;
  alsoFails: CheckId;
}[] = [
  // test/fixtures_windowsHostProcess.go sets hostNetwork: true, which the API server requires of a HostProcess
  // pod; policy/check_hostNamespaces.go rejects it.
  { fixtures: /^windowshostprocess[0-9]+$/, fromMinor: 0, alsoFails: 'hostNamespaces' },
  // test/fixtures_privileged.go clears allowPrivilegeEscalation (the API server rejects privileged: true with
  // allowPrivilegeEscalation: false); from v1.8 restricted requires it (policy/check_allowPrivilegeEscalation.go).
  { fixtures: /^privileged[0-9]+$/, level: 'restricted', fromMinor: 8, alsoFails: 'allowPrivilegeEscalation' },
  // The "nil security context" pod of test/fixtures_allowPrivilegeEscalation.go loses capabilities.drop too;
  // from v1.22 restricted requires dropping ALL (policy/check_capabilities_restricted.go).
  { fixtures: /^allowprivilegeescalation3$/, level: 'restricted', fromMinor: 22, alsoFails: 'capabilities_restricted' },
];

const FIXTURE_PATH = /^(baseline|restricted)\/v1\.(0|[1-9][0-9]*)\/(pass|fail)\/([a-z0-9_]+)\.yaml$/;
// Upstream's generator writes this note next to the fixtures; it is the only file that is not one.
const UPSTREAM_NOTE = 'README.md';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    if (!entry.isFile()) throw new Error(`${path} is neither a file nor a folder`);
    return [relative(testdata, path).split(sep).join('/')];
  });
}

/** The id git gives a file's contents, so the files can be compared with upstream's commit. */
function gitBlobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

const files = listFiles(testdata).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const unrecognised = files.filter((file) => file !== UPSTREAM_NOTE && !FIXTURE_PATH.test(file));
const fixtures: Fixture[] = files.flatMap((file) => {
  const match = FIXTURE_PATH.exec(file);
  if (!match) return [];
  const [, level, minor, verdict, name] = match as unknown as [string, FixtureLevel, string, Verdict, string];
  return [{ file, level, minor: Number(minor), verdict, name, text: readFileSync(join(testdata, file), 'utf8') }];
});

const CHECK_BY_FIXTURE_NAME = new Map<string, CheckId>(allCheckMeta().map((meta) => [meta.id.toLowerCase(), meta.id]));

/** The check upstream names in a fail fixture's file name, as rejecting it at the fixture's level and version. */
function expectedCheck(fixture: Fixture): CheckId | undefined {
  const named = CHECK_BY_FIXTURE_NAME.get(fixture.name.replace(/[0-9]+$/, ''));
  if (named === undefined || fixture.level !== 'restricted') return named;
  const override = UPSTREAM_OVERRIDES.find((o) => o.baseline === named && fixture.minor >= o.fromMinor);
  return override?.restricted ?? named;
}

/** Checks a fail fixture must fail, in podsec's (upstream's) output order. */
function expectedFailures(fixture: Fixture): CheckId[] | undefined {
  if (fixture.verdict === 'pass') return [];
  const own = expectedCheck(fixture);
  if (own === undefined) return undefined;
  const expected = new Set<CheckId>([own]);
  for (const extra of UPSTREAM_ALSO_FAILS) {
    const applies = extra.fixtures.test(fixture.name) && fixture.minor >= extra.fromMinor;
    if (applies && (extra.level === undefined || extra.level === fixture.level)) expected.add(extra.alsoFails);
  }
  return allCheckMeta()
    .map((meta) => meta.id)
    .filter((id) => expected.has(id));
}

function fixtureVersion(fixture: Fixture): PolicyVersion {
  const version = parseVersion(`v1.${fixture.minor}`);
  if (version === undefined) throw new Error(`parseVersion rejected the version of ${fixture.file}`);
  return version;
}

/** Compares one evaluation with upstream's expectation; returns problems as readable lines. */
function verify(fixture: Fixture, pod: PodLike, where: string): string[] {
  const version = fixtureVersion(fixture);
  const failures = evaluatePod(pod, fixture.level, version);
  const ids = failures.map((f) => f.id);
  const expected = expectedFailures(fixture);
  const label = `${fixture.file} (${where})`;
  const message = failures.length > 0 ? aggregateMessage(failures, 'enforce', fixture.level, version) : 'allowed';
  if (expected === undefined) return [`${label}: no podsec check is named ${fixture.name}`];
  if (JSON.stringify(ids) !== JSON.stringify(expected)) {
    return [`${label}: expected failing checks [${expected.join(', ')}], got [${ids.join(', ')}]: ${message}`];
  }
  const own = expectedCheck(fixture);
  const problems: string[] = [];
  if (own !== undefined && fixture.verdict === 'fail' && !message.includes(ORIGIN_SUBSTRINGS[own])) {
    problems.push(`${label}: message lacks upstream's "${ORIGIN_SUBSTRINGS[own]}": ${message}`);
  }
  if (message.includes('unknown forbidden reason')) problems.push(`${label}: unknown forbidden reason in ${message}`);
  return problems;
}

/**
 * The Deployment upstream's test/run.go wraps each fixture in (createController): the pod's metadata and
 * spec as the template, with a `test: "true"` label the selector matches.
 */
function deploymentOf(pod: Record<string, unknown>): Record<string, unknown> {
  const metadata = (pod.metadata ?? {}) as Record<string, unknown>;
  const labels = { ...(metadata.labels as Record<string, string> | undefined), test: 'true' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: metadata.name },
    spec: {
      selector: { matchLabels: { test: 'true' } },
      template: { metadata: { ...metadata, labels }, spec: pod.spec },
    },
  };
}

/** A fixture read as a scan reads a manifest, and the Deployment made of it read back the same way. */
interface ReadFixture {
  readonly pod: Workload;
  readonly deployment: Workload;
}

/** The only workload of a manifest text, or why there is not exactly one. */
function readOnlyWorkload(text: string, file: string): Workload | string {
  const parsed = parseManifests(text, file);
  const { workloads, errors } = extractWorkloads(parsed.objects);
  const messages = [...parsed.errors, ...errors].map((e) => e.message);
  if (messages.length > 0 || workloads.length !== 1) {
    return `expected one workload, got ${workloads.length}: ${messages.join('; ')}`;
  }
  const shapeErrors = workloadShapeErrors(workloads[0]!);
  return shapeErrors.length > 0 ? `not evaluated: ${shapeErrors.join('; ')}` : workloads[0]!;
}

// Most fixtures are byte-identical across versions (4,537 files, a few hundred distinct texts), and a
// text reads the same wherever it is, so each distinct text is read once; every fixture is still
// evaluated on its own at its own level and version.
const readCache = new Map<string, ReadFixture | string>();

function readFixture(fixture: Fixture): ReadFixture | string {
  let read = readCache.get(fixture.text);
  if (read === undefined) {
    const pod = readOnlyWorkload(fixture.text, fixture.file);
    if (typeof pod === 'string') {
      read = pod;
    } else if (!pod.isPod || pod.apiVersion !== 'v1' || pod.name !== fixture.name) {
      read = `expected a v1 Pod named ${fixture.name}, got ${pod.apiVersion} ${pod.kind} ${pod.name}`;
    } else {
      const json = JSON.stringify(deploymentOf(pod.object.value), null, 2);
      const deployment = readOnlyWorkload(json, `${fixture.file}.deployment.json`);
      read = typeof deployment === 'string' ? `as a Deployment: ${deployment}` : { pod, deployment };
    }
    readCache.set(fixture.text, read);
  }
  return read;
}

function groupKey(f: Pick<Fixture, 'level' | 'minor' | 'verdict'>): string {
  return `${f.level} v1.${f.minor} ${f.verdict}`;
}

const groups = new Map<string, Fixture[]>();
for (const fixture of fixtures) {
  const key = groupKey(fixture);
  groups.set(key, [...(groups.get(key) ?? []), fixture]);
}

describe(`upstream PSA fixtures (kubernetes/pod-security-admission ${record.commit.slice(0, 12)})`, () => {
  it('are the files upstream.json records, unmodified', () => {
    const digest = createHash('sha256');
    for (const file of files) digest.update(`${gitBlobId(readFileSync(join(testdata, file)))} ${file}\n`);
    expect(files).toHaveLength(record.files);
    expect(digest.digest('hex')).toBe(record.digest);
  });

  it('are all read: every file on disk is a fixture except upstream note', () => {
    const fails = fixtures.filter((f) => f.verdict === 'fail').length;
    const counts = `${fixtures.length} pods (${fixtures.length - fails} pass, ${fails} fail)`;
    console.info(`upstream fixtures: ${counts} at ${record.commit}`);
    expect(unrecognised).toEqual([]);
    expect(files).toContain(UPSTREAM_NOTE);
    expect(fixtures).toHaveLength(files.length - 1);
    expect(fixtures.length).toBeGreaterThan(4000);
  });

  it(`cover both levels at every version podsec knows (v1.0 to v1.${MAX_MINOR}), with pass and fail pods`, () => {
    const missing: string[] = [];
    for (const level of ['baseline', 'restricted'] as const) {
      for (let minor = 0; minor <= MAX_MINOR; minor++) {
        for (const verdict of ['pass', 'fail'] as const) {
          if (!groups.has(groupKey({ level, minor, verdict }))) missing.push(groupKey({ level, minor, verdict }));
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('reject every podsec check by at least one fail fixture named after it', () => {
    const covered = new Set(fixtures.filter((f) => f.verdict === 'fail').map(expectedCheck));
    expect(
      allCheckMeta()
        .filter((meta) => !covered.has(meta.id))
        .map((meta) => meta.id),
    ).toEqual([]);
  });

  // Each fixture is read the way a scan reads a manifest file (parse, then extract), so the verdicts are
  // proven through the scan's path; the same pod is also wrapped in a Deployment, as upstream does.
  it.each([...groups.keys()])('%s: every fixture gets upstream verdict as a Pod and as a Deployment', (key) => {
    const problems: string[] = [];
    for (const fixture of groups.get(key)!) {
      const read = readFixture(fixture);
      if (typeof read === 'string') {
        problems.push(`${fixture.file}: ${read}`);
        continue;
      }
      problems.push(...verify(fixture, read.pod.pod, 'Pod'), ...verify(fixture, read.deployment.pod, 'Deployment'));
    }
    expect(problems).toEqual([]);
  });
});
