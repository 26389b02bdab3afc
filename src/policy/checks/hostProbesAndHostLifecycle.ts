import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { containerPhrase, plural, quoteList, sortedSet, usesVerb } from '../messages.js';
import {
  asRecord,
  containerPath,
  forEachContainer,
  podSpec,
  type ContainerVisit,
  type UnknownRecord,
} from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const LIFECYCLE_HANDLERS = ['postStart', 'preStop'] as const;
// grpc, exec and sleep handlers have no host field.
const HOST_ACTIONS = ['httpGet', 'tcpSocket'] as const;

function collectHosts(
  handler: UnknownRecord | undefined,
  c: ContainerVisit,
  handlerPath: readonly string[],
  hosts: string[],
  paths: FieldPath[],
): boolean {
  if (handler === undefined) return false;
  let bad = false;
  for (const action of HOST_ACTIONS) {
    const host = asRecord(handler[action])?.host;
    if (typeof host === 'string' && host !== '') {
      bad = true;
      hosts.push(host);
      paths.push(containerPath(c, ...handlerPath, action, 'host'));
    }
  }
  return bad;
}

const checkV1_34: CheckFunction = (pod) => {
  const names: string[] = [];
  const hosts: string[] = [];
  const paths: FieldPath[] = [];
  forEachContainer(podSpec(pod), (c) => {
    let bad = false;
    for (const probe of PROBES) {
      if (collectHosts(asRecord(c.container[probe]), c, [probe], hosts, paths)) bad = true;
    }
    const lifecycle = asRecord(c.container.lifecycle);
    if (lifecycle !== undefined) {
      for (const handler of LIFECYCLE_HANDLERS) {
        if (collectHosts(asRecord(lifecycle[handler]), c, ['lifecycle', handler], hosts, paths)) bad = true;
      }
    }
    if (bad) names.push(c.name);
  });
  if (names.length === 0) return ALLOWED;
  // Unlike every other check, upstream collects the container names into a sorted set here.
  const containers = sortedSet(names);
  const distinctHosts = sortedSet(hosts);
  return forbidden(
    'probe or lifecycle host',
    `${containerPhrase(containers)} ${usesVerb(containers.length)} ${plural('probe or lifecycle host', 'probe or lifecycle hosts', distinctHosts.length)} ${quoteList(distinctHosts)}`,
    paths,
  );
};

/**
 * Host in probes and lifecycle handlers (v1.34+).
 * Upstream: `policy/check_hostProbesAndhostLifecycle.go` in kubernetes/pod-security-admission.
 */
export const hostProbesAndHostLifecycle: CheckDefinition = {
  meta: {
    id: 'hostProbesAndHostLifecycle',
    level: 'baseline',
    title: 'Probe and lifecycle hosts',
    description:
      'The kubelet runs HTTP and TCP probes and lifecycle hooks from the node; a custom `host` turns them into requests the node makes to any address, including its own loopback services.',
    allowed:
      '`host` absent or empty in `httpGet` and `tcpSocket` of `livenessProbe`, `readinessProbe`, `startupProbe`, `lifecycle.postStart` and `lifecycle.preStop` (from v1.34).',
    fix: [
      "Remove `host` so the kubelet targets the pod's own IP.",
      '',
      '```yaml',
      'livenessProbe:',
      '  httpGet:',
      '    path: /healthz',
      '    port: 8080',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`probe or lifecycle host`',
    reference: [
      '## Fields read',
      'For every container (init, regular, ephemeral):',
      '`livenessProbe`, `readinessProbe`, `startupProbe`, `lifecycle.postStart`, `lifecycle.preStop`, each',
      '`.httpGet.host` and `.tcpSocket.host`. `grpc`, `exec` and `sleep` handlers have no host.',
      '',
      '## Allowed values',
      'Absent or the empty string. Any non-empty host fails — including `localhost`, `127.0.0.1` and `::1`.',
      '',
      '## Versions',
      'Introduced in v1.34. At v1.0–v1.33 (and at `latest` when podsec emulates a cluster older than v1.34)',
      'the check does not run.',
      '',
      '## Message',
      '```',
      'probe or lifecycle host (<container noun phrase> <uses|use> <probe or lifecycle host|probe or lifecycle hosts> <quoted hosts>)',
      '```',
      'Unlike every other check, container names here are **sorted and de-duplicated**; hosts are sorted,',
      'de-duplicated and quoted. `uses` for one container, `use` for several; the noun is plural when there',
      'is more than one distinct host. Example:',
      '```',
      'would violate PodSecurity "baseline:latest": probe or lifecycle host (container "app" uses probe or lifecycle hosts "127.0.0.1", "::1", "localhost")',
      '```',
    ].join('\n'),
  },
  variants: [{ minVersion: 34, check: checkV1_34 }],
};
