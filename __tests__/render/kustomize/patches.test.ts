import { describe, expect, it } from 'vitest';
import {
  intermediateNames,
  loadPatchText,
  targetSelects,
  type PatchSubject,
} from '../../../src/render/kustomize/patches.js';

const rendered = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'prod-web-v2', labels: { app: 'web', tier: 'front' } },
  spec: {
    template: {
      spec: {
        containers: [
          { name: 'sidecar' },
          { name: 'web', securityContext: { privileged: true, capabilities: { add: ['NET_ADMIN'] } } },
        ],
      },
    },
  },
};
const subject: PatchSubject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  names: intermediateNames('web', 'prod-web-v2'),
  labels: { app: 'web', tier: 'front' },
  annotations: {},
  rendered,
};
const placement = { file: 'overlay/patch.yaml', lineOffset: 0, columnOffset: 0 };
const container = ['spec', 'template', 'spec', 'containers', 1, 'securityContext'];

describe('kustomize patch attribution', () => {
  it('walks into the value of a JSON 6902 add and lets the later operation win', () => {
    const text = [
      '- op: add',
      '  path: /spec/template/spec/containers/1/securityContext',
      '  value:',
      '    privileged: false',
      '- op: replace',
      '  path: /spec/template/spec/containers/1/securityContext/capabilities',
      '  value:',
      '    add:',
      '      - NET_ADMIN',
    ].join('\n');
    const [patch] = loadPatchText(text, placement, { kind: 'Deployment', name: 'web' });
    expect(patch?.appliesTo(subject)).toBe(true);
    expect(patch?.find(subject, [...container, 'privileged'])).toMatchObject({
      location: { line: 4, column: 5 },
      exact: true,
      authoritative: true,
    });
    expect(patch?.find(subject, [...container, 'capabilities', 'add', 0])).toMatchObject({
      location: { line: 9 },
      exact: true,
    });
    expect(patch?.find(subject, ['spec', 'replicas'])).toBeUndefined();
  });

  it('treats a JSON 6902 remove as the place a field went missing', () => {
    const [patch] = loadPatchText('[{"op": "remove", "path": "/spec/template/spec/securityContext"}]', placement, {
      kind: 'Deployment',
    });
    expect(patch?.find(subject, ['spec', 'template', 'spec', 'securityContext', 'runAsNonRoot'])).toMatchObject({
      location: { line: 1 },
      authoritative: true,
      exact: false,
    });
  });

  it('follows containers by name through a strategic-merge patch and honours inline placement offsets', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          securityContext:\n            privileged: true\n';
    const [patch] = loadPatchText(text, { file: 'kustomization.yaml', lineOffset: 10, columnOffset: 6 }, undefined);
    expect(patch?.appliesTo(subject)).toBe(true);
    expect(patch?.find(subject, [...container, 'privileged'])).toMatchObject({
      location: { file: 'kustomization.yaml', line: 21, column: 19 },
      exact: true,
    });
    // The sidecar is not in this patch: at most the containers list matches.
    expect(patch?.find(subject, ['spec', 'template', 'spec', 'containers', 0, 'image'])).toMatchObject({
      authoritative: false,
      depth: 4,
    });
    expect(patch?.appliesTo({ ...subject, names: ['api'] })).toBe(false);
  });

  it('matches target selectors like kustomize: anchored name regex, kind, group, label equality', () => {
    expect(targetSelects({ kind: 'Deployment', name: 'w.b' }, subject)).toBe(true);
    expect(targetSelects({ kind: 'Deployment', name: 'we' }, subject)).toBe(false);
    expect(targetSelects({ group: 'apps', version: 'v1', labelSelector: 'app=web,tier=front' }, subject)).toBe(true);
    expect(targetSelects({ labelSelector: 'app=api' }, subject)).toBe(false);
    expect(targetSelects({ kind: 'StatefulSet' }, subject)).toBe(false);
    expect(intermediateNames('web', 'p-web-s').sort()).toEqual(['p-web', 'p-web-s', 'web', 'web-s']);
  });
});
