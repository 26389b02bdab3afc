import { ALLOWED, forbidden, PSS_DOCS } from '../check-kit.js';
import { asArray, asRecord, podSecurityContext, scalarText } from '../shape.js';
import type { CheckDefinition, CheckFunction, FieldPath } from '../types.js';

// Each upstream version adds namespaced sysctls that are known to be safe; the lists are cumulative.
const NAMES_V1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const NAMES_V1_27 = [...NAMES_V1_0, 'net.ipv4.ip_local_reserved_ports'];
const NAMES_V1_29 = [
  ...NAMES_V1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
const NAMES_V1_32 = [...NAMES_V1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const NAMES_V1_37 = [...NAMES_V1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];

function sysctlCheck(names: readonly string[]): CheckFunction {
  const allowedNames: ReadonlySet<string> = new Set(names);
  return (pod) => {
    const list = asArray(podSecurityContext(pod)?.sysctls);
    if (list === undefined) return ALLOWED;
    const bad: string[] = [];
    const paths: FieldPath[] = [];
    list.forEach((item, index) => {
      const entry = asRecord(item);
      if (entry === undefined) return;
      const name = scalarText(entry.name) ?? '';
      if (!allowedNames.has(name)) {
        bad.push(name);
        paths.push(['spec', 'securityContext', 'sysctls', index, 'name']);
      }
    });
    if (bad.length === 0) return ALLOWED;
    // Upstream keeps spec order and duplicates, unquoted.
    return forbidden('forbidden sysctls', bad.join(', '), paths);
  };
}

/**
 * Unsafe sysctls.
 * Upstream: `policy/check_sysctls.go` in kubernetes/pod-security-admission.
 */
export const sysctls: CheckDefinition = {
  meta: {
    id: 'sysctls',
    level: 'baseline',
    title: 'Sysctls',
    description:
      'Most kernel parameters are shared by every pod on the node; only a small set of namespaced, isolated sysctls is safe to set from a pod.',
    allowed: [
      '`spec.securityContext.sysctls[*].name` one of: `kernel.shm_rmid_forced`, `net.ipv4.ip_local_port_range`,',
      '`net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, `net.ipv4.ip_unprivileged_port_start`;',
      'from v1.27 `net.ipv4.ip_local_reserved_ports`; from v1.29 `net.ipv4.tcp_keepalive_time`,',
      '`net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_keepalive_intvl`, `net.ipv4.tcp_keepalive_probes`;',
      'from v1.32 `net.ipv4.tcp_rmem`, `net.ipv4.tcp_wmem`; from v1.37 `net.ipv4.tcp_slow_start_after_idle`,',
      '`net.ipv4.tcp_notsent_lowat`.',
    ].join(' '),
    fix: [
      'Remove the sysctl from the pod, or set it on the nodes (for example with a node tuning DaemonSet in a privileged namespace).',
      '',
      '```yaml',
      'spec:',
      '  securityContext:',
      '    sysctls:',
      '      - name: net.ipv4.ip_unprivileged_port_start',
      '        value: "80"',
      '```',
    ].join('\n'),
    overrides: [],
    docsUrl: `${PSS_DOCS}#baseline`,
    reason: '`forbidden sysctls`',
    reference: [
      '## Fields read',
      '`spec.securityContext.sysctls[*].name` (pod level only; values are never checked).',
      '',
      '## Allowed values',
      'Exact names (no `/` ↔ `.` normalisation, no prefixes or wildcards), cumulative by version:',
      '',
      '| from | names added |',
      '|---|---|',
      '| v1.0 | `kernel.shm_rmid_forced`, `net.ipv4.ip_local_port_range`, `net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, `net.ipv4.ip_unprivileged_port_start` |',
      '| v1.27 | `net.ipv4.ip_local_reserved_ports` |',
      '| v1.29 | `net.ipv4.tcp_keepalive_time`, `net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_keepalive_intvl`, `net.ipv4.tcp_keepalive_probes` |',
      '| v1.32 | `net.ipv4.tcp_rmem`, `net.ipv4.tcp_wmem` |',
      '| v1.37 | `net.ipv4.tcp_slow_start_after_idle`, `net.ipv4.tcp_notsent_lowat` |',
      '',
      '## Message',
      '```',
      'forbidden sysctls (<names>)',
      '```',
      'Names are unquoted, in spec order, **with duplicates kept**, joined by `", "`. Example:',
      '```',
      'violates PodSecurity "baseline:v1.28": forbidden sysctls (net.ipv4.tcp_keepalive_time, kernel.msgmax)',
      '```',
    ].join('\n'),
  },
  variants: [
    { minVersion: 0, check: sysctlCheck(NAMES_V1_0) },
    { minVersion: 27, check: sysctlCheck(NAMES_V1_27) },
    { minVersion: 29, check: sysctlCheck(NAMES_V1_29) },
    { minVersion: 32, check: sysctlCheck(NAMES_V1_32) },
    { minVersion: 37, check: sysctlCheck(NAMES_V1_37) },
  ],
};
