import { describe } from 'vitest';
import { pod, runCheckCases } from '../helpers.js';

const withSysctls = (...names: string[]) =>
  pod({ securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) } });
const fail = (name: string, version: string, names: string[], detail: string) => ({
  name,
  version,
  pod: withSysctls(...names),
  reason: 'forbidden sysctls',
  detail,
});

describe('sysctls', () => {
  runCheckCases('sysctls', [
    {
      name: 'v1.0 safe set',
      version: 'v1.0',
      pod: withSysctls(
        'kernel.shm_rmid_forced',
        'net.ipv4.ip_local_port_range',
        'net.ipv4.tcp_syncookies',
        'net.ipv4.ping_group_range',
        'net.ipv4.ip_unprivileged_port_start',
      ),
    },
    fail(
      'v1.26 lacks ip_local_reserved_ports',
      'v1.26',
      ['net.ipv4.ip_local_reserved_ports'],
      'net.ipv4.ip_local_reserved_ports',
    ),
    {
      name: 'v1.27 adds ip_local_reserved_ports',
      version: 'v1.27',
      pod: withSysctls('net.ipv4.ip_local_reserved_ports'),
    },
    fail('v1.28 lacks tcp_keepalive_time', 'v1.28', ['net.ipv4.tcp_keepalive_time'], 'net.ipv4.tcp_keepalive_time'),
    {
      name: 'v1.29 adds keepalive and fin_timeout',
      version: 'v1.29',
      pod: withSysctls(
        'net.ipv4.tcp_keepalive_time',
        'net.ipv4.tcp_fin_timeout',
        'net.ipv4.tcp_keepalive_intvl',
        'net.ipv4.tcp_keepalive_probes',
      ),
    },
    fail(
      'v1.31 lacks tcp_rmem',
      'v1.31',
      ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'],
      'net.ipv4.tcp_rmem, net.ipv4.tcp_wmem',
    ),
    { name: 'v1.32 adds tcp_rmem/wmem', version: 'v1.32', pod: withSysctls('net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem') },
    fail(
      'v1.36 lacks tcp_slow_start_after_idle',
      'v1.36',
      ['net.ipv4.tcp_slow_start_after_idle'],
      'net.ipv4.tcp_slow_start_after_idle',
    ),
    {
      name: 'v1.37 adds slow start and notsent_lowat',
      version: 'v1.37',
      pod: withSysctls('net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'),
    },
    {
      name: 'latest: spec order, duplicates kept, unquoted, exact names only',
      pod: withSysctls('b', 'kernel.shm_rmid_forced', 'a', 'b', 'net/ipv4/tcp_syncookies'),
      reason: 'forbidden sysctls',
      detail: 'b, a, b, net/ipv4/tcp_syncookies',
      paths: [
        ['spec', 'securityContext', 'sysctls', 0, 'name'],
        ['spec', 'securityContext', 'sysctls', 2, 'name'],
        ['spec', 'securityContext', 'sysctls', 3, 'name'],
        ['spec', 'securityContext', 'sysctls', 4, 'name'],
      ],
    },
    fail('v1.0: kernel.msgmax', 'v1.0', ['kernel.msgmax'], 'kernel.msgmax'),
  ]);
});
