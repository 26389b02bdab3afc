import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateConfig } from '../../src/config/validate.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/podsec.schema.json', import.meta.url), 'utf8')) as object;
// strict mode rejects unknown keywords and malformed schemas, so this also checks the schema itself.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
const schemaAccepts = ajv.compile(schema);

const good: string[] = [
  readFileSync(new URL('../fixtures/config/full/.podsec.yaml', import.meta.url), 'utf8'),
  '',
  'level: restricted\nversion: v1.30',
  'defaults:\n  enforce: baseline\n  warn: restricted:latest\n  audit: { version: v1.25 }',
  'namespaces:\n  prod:\n    labels: { pod-security.kubernetes.io/warn: baseline, team: web }\n  empty:',
  'exemptions:\n  namespaces: [kube-system]\n  runtimeClasses: [kata.containers]\n  usernames: [admin]',
  'relaxations:\n  - checks: [hostPorts]\n    reason: ingress controller\n    matchLabels: { app.kubernetes.io/name: ingress }',
  'podTemplateKinds:\n  - { apiVersion: "argoproj.io/*", kind: Workflow, path: "spec.templates[0].container", podSpec: true }',
  'timeout: 30\nconcurrency: 1\nrenderErrors: fail\nfailOn: none',
  'targets:\n  - path: overlays/prod\n    type: kustomize\n  - path: charts/web\n    helm: { namespace: web, ciScenarios: true }',
  'clusterVersion: "1.31"\nnextVersion: latest',
];

const bad: string[] = [
  'lvl: restricted',
  'level: strict',
  'level: Restricted',
  'version: "1.30"',
  'version: v1.01',
  'defaults:\n  enforce: strict:latest',
  'defaults:\n  enforce: { level: baseline, extra: 1 }',
  'defaults:\n  admin: baseline',
  'namespaces:\n  Prod: { enforce: restricted }',
  'namespaces:\n  prod: { enforce: strict }',
  'namespaces:\n  prod: { labels: { pod-security.kubernetes.io/enforce-version: "1.2" } }',
  'namespaces:\n  prod: { labels: { pod-security.kubernetes.io/foo: x } }',
  'namespaces:\n  prod: { team: web }',
  'exemptions:\n  namespaces: [Kube_System]',
  'exemptions:\n  namespaces: [a, a]',
  'exemptions:\n  groups: [a]',
  'relaxations:\n  - checks: [runAsNonRoot]',
  'relaxations:\n  - checks: [runAsNonRoot]\n    reason: ""',
  'relaxations:\n  - checks: []\n    reason: x',
  'relaxations:\n  - checks: [runasnonroot]\n    reason: x',
  'relaxations:\n  - checks: [runAsUser]\n    reason: x\n    expires: 31-12-2026',
  'relaxations:\n  - checks: [runAsUser]\n    reason: x\n    scope: global',
  'relaxations:\n  - checks: [runAsUser]\n    reason: x\n    names: ["a\\\\b"]',
  'inlineIgnores: "yes"',
  'podTemplateKinds:\n  - { apiVersion: example.com/v1, kind: Worker }',
  'podTemplateKinds:\n  - { apiVersion: example.com/v1, kind: Worker, path: "spec..template" }',
  'nextVersion: v2.0',
  'clusterVersion: latest',
  'helm:\n  releaseName: Web_App',
  'helm:\n  set: [noequals]',
  'helm:\n  chart: x',
  'kustomize:\n  enableHelm: 1',
  'network: yes-please',
  'timeout: 0',
  'timeout: 2h',
  'concurrency: 0',
  'concurrency: 1.5',
  'renderErrors: ignore',
  'targets:\n  - type: helm',
  'targets:\n  - path: x\n    type: chart',
  'targets:\n  - path: x\n    type: manifest\n    scenarios: [{ name: a }]',
  'targets:\n  - path: x\n    scenarios: [{ valuesFiles: [a.yaml] }]',
  'exclude: "vendor/**"',
  'exclude: [""]',
  'failOn: error',
  '- just\n- a list',
  '42',
];

describe('schema/podsec.schema.json agrees with validateConfig', () => {
  for (const [index, yaml] of good.entries()) {
    it(`accepts good config ${index}`, () => {
      const value = parse(yaml) ?? null;
      expect(validateConfig(value, '.podsec.yaml').errors).toEqual([]);
      expect(schemaAccepts(value), JSON.stringify(schemaAccepts.errors)).toBe(true);
    });
  }
  for (const yaml of bad) {
    it(`rejects ${JSON.stringify(yaml)}`, () => {
      const value = parse(yaml) ?? null;
      expect(validateConfig(value, '.podsec.yaml').errors.length).toBeGreaterThan(0);
      expect(schemaAccepts(value)).toBe(false);
    });
  }

  it('documents every top-level key with a description', () => {
    const properties = (schema as { properties: Record<string, { description?: string }> }).properties;
    for (const [key, property] of Object.entries(properties)) expect(property.description, key).toBeTruthy();
  });
});
