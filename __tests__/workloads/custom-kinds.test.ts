import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POD_TEMPLATE_KINDS,
  findPodTemplateKind,
  parseKindPath,
  validatePodTemplateKind,
} from '../../src/workloads/custom-kinds.js';
import { apiGroupOf, BUILTIN_KINDS, builtinKindFor } from '../../src/workloads/kinds.js';

describe('pod template kinds', () => {
  it('every default entry is valid', () => {
    for (const entry of DEFAULT_POD_TEMPLATE_KINDS)
      expect(validatePodTemplateKind(entry), `${entry.apiVersion} ${entry.kind}`).toEqual([]);
  });

  it('validates user entries with named problems', () => {
    expect(validatePodTemplateKind('x')).toEqual(['must be a mapping with apiVersion, kind and path']);
    expect(
      validatePodTemplateKind({
        apiVersion: 'Bad Group/v1',
        kind: 'rollout',
        path: 'spec..template',
        podSpec: 'yes',
        extra: 1,
      }),
    ).toEqual([
      'extra: unknown field (expected apiVersion, kind, path, podSpec, argoWorkflowSpec)',
      'apiVersion: "Bad Group/v1" must be group/version or group/*, such as argoproj.io/v1alpha1',
      'kind: "rollout" must be a kind name such as Rollout',
      'path: path "spec..template" must be dotted field names with optional [N] or [*], such as spec.template',
      'podSpec: must be true or false',
    ]);
    expect(validatePodTemplateKind({ apiVersion: 'apps/v1', kind: 'Deployment', path: 'spec.template' })).toEqual([
      'kind: Deployment in group "apps" is checked as Pod Security Admission does and cannot be remapped',
    ]);
    expect(
      validatePodTemplateKind({ apiVersion: 'x.io/*', kind: 'K', path: 'spec', podSpec: true, argoWorkflowSpec: true }),
    ).toEqual(['podSpec and argoWorkflowSpec cannot both be true']);
  });

  it('parses paths with indexes and wildcards', () => {
    expect(parseKindPath('spec.workers[*].template')).toEqual([
      { key: 'spec' },
      { key: 'workers' },
      { each: true },
      { key: 'template' },
    ]);
    expect(parseKindPath('spec.items[2]')).toEqual([{ key: 'spec' }, { key: 'items' }, { index: 2 }]);
    expect(typeof parseKindPath('')).toBe('string');
    expect(typeof parseKindPath('spec.')).toBe('string');
  });

  it('matches user entries before defaults, by exact version or group/*', () => {
    const user = [{ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', path: 'spec.other' }];
    expect(findPodTemplateKind('argoproj.io/v1alpha1', 'Rollout', user)?.path).toBe('spec.other');
    expect(findPodTemplateKind('argoproj.io/v1beta1', 'Rollout', user)?.path).toBe('spec.template');
    expect(findPodTemplateKind('argoproj.io.evil/v1', 'Rollout')).toBeUndefined();
    expect(findPodTemplateKind('v1', 'Rollout')).toBeUndefined();
  });

  it('matches built-in kinds by group only, never the extensions group', () => {
    expect(apiGroupOf('v1')).toBe('');
    expect(builtinKindFor('apps/v1beta1', 'Deployment')?.podPath).toEqual(['spec', 'template']);
    expect(builtinKindFor('extensions/v1beta1', 'Deployment')).toBeUndefined();
    expect(builtinKindFor('apps.kruise.io/v1alpha1', 'StatefulSet')).toBeUndefined();
    expect(builtinKindFor('batch/v1', 'CronJob')?.podPath).toEqual(['spec', 'jobTemplate', 'spec', 'template']);
  });

  it('finds a built-in kind exactly when its group is what apiGroupOf cuts from the apiVersion', () => {
    const apiVersions = [
      'v1',
      '/v1',
      '',
      'apps',
      'apps/v1',
      'apps/',
      'batch/v1',
      'x/apps/v1',
      'apps/v1/x',
      'appsx/v1',
      'xapps/v1',
    ];
    const kinds = [...BUILTIN_KINDS.map((builtin) => builtin.kind), 'Rollout', 'deployment', ''];
    for (const apiVersion of apiVersions) {
      for (const kind of kinds) {
        const expected = BUILTIN_KINDS.find(
          (builtin) => builtin.kind === kind && builtin.group === apiGroupOf(apiVersion),
        );
        expect(builtinKindFor(apiVersion, kind), `${apiVersion} ${kind}`).toBe(expected);
      }
    }
    expect(builtinKindFor('/v1', 'Pod')?.kind).toBe('Pod');
    expect(builtinKindFor('x/apps/v1', 'Deployment')).toBeUndefined();
  });
});
