import { describe, expect, it } from 'vitest';
import { podEvaluator } from '../../src/policy/evaluate.js';
import { MOST_COMPILED_NODES, recordReads, sameReads, type Reads } from '../../src/policy/recorded-reads.js';
import type { CheckFailure, Level, PodLike, PolicyVersion } from '../../src/policy/types.js';
import { LATEST, parseVersion } from '../../src/policy/version.js';
import { generateCases, POLICY_LEVELS } from '../conformance/generator.js';

function version(text: string): PolicyVersion {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`not a version: ${text}`);
  return parsed;
}

/** Levels and versions at which each check variant is in force somewhere. */
const POLICIES: readonly (readonly [Level, PolicyVersion])[] = [
  ['baseline', LATEST],
  ['restricted', LATEST],
  ['baseline', version('v1.0')],
  ['restricted', version('v1.8')],
  ['restricted', version('v1.22')],
  ['restricted', version('v1.25')],
  ['baseline', version('v1.30')],
  ['restricted', version('v1.34')],
];

function evaluateAll(pod: PodLike): CheckFailure[][] {
  const evaluate = podEvaluator(pod);
  return POLICIES.map(([level, policyVersion]) => evaluate(level, policyVersion));
}

/** The generated conformance pods of a few minors, each with a neighbour that differs only in what no check reads. */
function corpusPods(): PodLike[] {
  const pods: PodLike[] = [];
  for (const level of POLICY_LEVELS) {
    for (const minor of [0, 19, 25, 37]) {
      for (const { pod } of generateCases(level, minor)) {
        pods.push(pod as PodLike);
        const spec = pod.spec as Record<string, unknown>;
        const containers = (spec['containers'] as Record<string, unknown>[]).map((c) => ({
          ...c,
          image: `registry.example.com/${String(c['image'])}`,
          env: [{ name: 'MODE', value: `copy-${minor}` }],
        }));
        pods.push({ metadata: { ...pod.metadata, labels: { copy: String(minor) } }, spec: { ...spec, containers } });
      }
    }
  }
  return pods;
}

describe('recordReads and sameReads', () => {
  it('give every pod that reads like an earlier one exactly the answers the checks give it', () => {
    const known: { reads: Reads; answer: CheckFailure[][] }[] = [];
    let reused = 0;
    for (const pod of corpusPods()) {
      const direct = evaluateAll(pod);
      const alike = known.find((entry) => sameReads(entry.reads, pod));
      if (alike) {
        reused++;
        expect(alike.answer).toEqual(direct);
        continue;
      }
      const { answer, reads } = recordReads(pod, (view) => evaluateAll(view as PodLike));
      // Recording changes nothing in the answer.
      expect(answer).toEqual(direct);
      expect(reads).toBeDefined();
      if (reads) known.push({ reads, answer });
    }
    // Most copies and most scenarios repeated across minors are answered from an earlier pod, not all of them.
    expect(reused).toBeGreaterThan(known.length);
    expect(known.length).toBeGreaterThan(100);
  });

  it('tells pods apart by every place read: values, types, presence and lists of keys', () => {
    const pod = {
      metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default' } },
      spec: { hostNetwork: false, containers: [{ name: 'app', securityContext: { runAsUser: 1000 } }] },
    };
    const run = (view: object): unknown => {
      const value = view as typeof pod;
      return [
        Object.keys(value.metadata.annotations),
        value.spec.hostNetwork,
        'hostPID' in value.spec,
        Object.prototype.hasOwnProperty.call(value.spec.containers[0], 'name'),
        value.spec.containers.map((c) => c.securityContext.runAsUser),
      ];
    };
    const { reads } = recordReads(pod, run);
    if (!reads) throw new Error('nothing recorded');
    expect(sameReads(reads, structuredClone(pod))).toBe(true);
    // Not read: the container's image, the annotation's value.
    expect(
      sameReads(reads, { ...pod, spec: { ...pod.spec, containers: [{ ...pod.spec.containers[0], image: 'x' }] } }),
    ).toBe(true);
    const different: unknown[] = [
      { ...pod, spec: { ...pod.spec, hostNetwork: true } },
      { ...pod, spec: { ...pod.spec, hostNetwork: 'false' } },
      { ...pod, spec: { ...pod.spec, hostPID: false } },
      { ...pod, metadata: { annotations: { other: 'x' } } },
      { ...pod, spec: { ...pod.spec, containers: [{ securityContext: { runAsUser: 1000 } }] } },
      { ...pod, spec: { ...pod.spec, containers: [{ name: 'app', securityContext: { runAsUser: 0 } }] } },
      { ...pod, spec: { ...pod.spec, containers: [{ name: 'app', securityContext: [1000] }] } },
      { ...pod, spec: { ...pod.spec, containers: [...pod.spec.containers, ...pod.spec.containers] } },
      { ...pod, spec: null },
      'a pod',
    ];
    for (const other of different) expect(sameReads(reads, other)).toBe(false);
  });

  it('keeps no reads of a run that changes its input, and leaves frozen and other than plain objects to identity', () => {
    expect(
      recordReads({ spec: {} }, (view) => {
        (view as { spec: Record<string, unknown> }).spec['added'] = true;
        return 1;
      }).reads,
    ).toBeUndefined();
    const spec = Object.freeze({ hostNetwork: true });
    const withFrozen = recordReads({ spec }, (view) => (view as { spec: typeof spec }).spec.hostNetwork);
    expect(withFrozen.answer).toBe(true);
    if (!withFrozen.reads) throw new Error('nothing recorded');
    expect(sameReads(withFrozen.reads, { spec })).toBe(true);
    expect(sameReads(withFrozen.reads, { spec: { hostNetwork: true } })).toBe(false);
    // A property that can never change is read as it is, and compared by identity.
    const fixed = Object.defineProperty({}, 'spec', { value: { hostNetwork: true }, enumerable: true });
    const withFixed = recordReads(fixed, (view) => (view as { spec: { hostNetwork: boolean } }).spec.hostNetwork);
    expect(withFixed.answer).toBe(true);
    if (!withFixed.reads) throw new Error('nothing recorded');
    expect(sameReads(withFixed.reads, fixed)).toBe(true);
    expect(sameReads(withFixed.reads, { spec: { hostNetwork: true } })).toBe(false);
    // A frozen input is not recorded at all.
    expect(recordReads(Object.freeze({ spec }), () => 1)).toEqual({ answer: 1, reads: undefined });
    const when = new Date(0);
    const { reads } = recordReads({ when }, (view) => (view as { when: Date }).when.getTime());
    if (!reads) throw new Error('nothing recorded');
    expect(sameReads(reads, { when })).toBe(true);
    expect(sameReads(reads, { when: new Date(0) })).toBe(false);
  });

  it('tells numbers apart as Object.is does, and compares trees too large to be written out alike', () => {
    const numbers = { spec: { a: 0, b: Number.NaN, c: 1 } };
    const run = (view: object): unknown => {
      const { spec } = view as typeof numbers;
      return [spec.a, spec.b, spec.c];
    };
    const { reads } = recordReads(numbers, run);
    if (!reads) throw new Error('nothing recorded');
    expect(sameReads(reads, { spec: { a: 0, b: Number.NaN, c: 1, d: 'not read' } })).toBe(true);
    expect(sameReads(reads, { spec: { a: -0, b: Number.NaN, c: 1 } })).toBe(false);
    expect(sameReads(reads, { spec: { a: 0, b: 0, c: 1 } })).toBe(false);
    expect(sameReads(reads, { spec: { a: 0, b: Number.NaN, c: '1' } })).toBe(false);

    // A pod whose containers the run reads in more places than are written out as one function.
    const containers = Array.from({ length: MOST_COMPILED_NODES }, (_, index) => ({
      name: `c${index}`,
      securityContext: { privileged: false },
    }));
    const large = { spec: { containers } };
    const readAll = (view: object): unknown =>
      (view as typeof large).spec.containers.map((container) => container.securityContext.privileged);
    const recorded = recordReads(large, readAll).reads;
    if (!recorded) throw new Error('nothing recorded');
    expect(sameReads(recorded, structuredClone(large))).toBe(true);
    const changed = structuredClone(large);
    const last = changed.spec.containers[MOST_COMPILED_NODES - 1];
    if (last) last.securityContext.privileged = true;
    expect(sameReads(recorded, changed)).toBe(false);
  });
});
