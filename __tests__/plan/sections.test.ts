/** The job summary with the plan and baseline sections stays within GitHub's limit for a step summary. */
import { describe, expect, it } from 'vitest';
import { jobSummaryWithSections } from '../../src/baseline/sections.js';
import type { ScanResult } from '../../src/findings/types.js';
import { recommend } from '../../src/plan/build.js';
import type { NamespacePlan } from '../../src/plan/types.js';

function namespacePlan(index: number): NamespacePlan {
  const workload = {
    kind: 'Deployment',
    name: `app-${index}`,
    file: `deploy/ns-${index}.yaml`,
    line: 1,
    targets: [`deploy/ns-${index}.yaml`],
  };
  return {
    name: `team-${index}`,
    seenIn: ['workloads'],
    workloads: [workload],
    exempt: false,
    passes: { level: 'baseline', version: 'v1.30' },
    next: 'restricted',
    blockers: [
      {
        workload,
        problems: [
          {
            check: 'runAsNonRoot',
            detail: `pod or container "app-${index}" must set securityContext.runAsNonRoot=true`,
            file: workload.file,
            line: 20,
            fix: 'Set runAsNonRoot: true.',
          },
        ],
      },
    ],
    notCounted: [],
    recommendation: recommend(`team-${index}`, 'baseline', 'v1.30'),
  };
}

const empty: ScanResult = { findings: [], workloads: [], errors: [], notices: [], targets: [] };

describe('jobSummaryWithSections', () => {
  it('shows the whole plan when it fits', () => {
    const markdown = jobSummaryWithSections({ ...empty, plan: { version: 'v1.30', namespaces: [namespacePlan(1)] } });
    expect(markdown).toContain('### Pod Security rollout plan');
    expect(markdown).toContain('#### Namespace team-1');
    expect(markdown).toContain('kubectl label --overwrite ns team-1 pod-security.kubernetes.io/enforce=baseline');
  });

  it('shortens a plan of thousands of namespaces to its table, within the limit', () => {
    const plan = { version: 'v1.30', namespaces: Array.from({ length: 3000 }, (_, i) => namespacePlan(i)) };
    const markdown = jobSummaryWithSections({ ...empty, plan });
    expect(new TextEncoder().encode(markdown).length).toBeLessThan(1024 * 1024);
    expect(markdown).toContain('| team-2999 | 1 | `baseline:v1.30` | restricted: 1 workload |  |');
    expect(markdown).not.toContain('#### Namespace');
    expect(markdown).toContain('run `podsec plan`');
  });
});
