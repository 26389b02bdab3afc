/**
 * What podsec checks before a build, in the staged copy: URLs that reach this machine (which the offline
 * environment cannot stop, see local-urls.ts), and with `--enable-helm` the charts kustomize hands to helm
 * (which podsec checks as it checks its own charts, see helm-safety.ts). The rest is for kustomize to refuse.
 */
import { join, resolve } from 'node:path';
import { pathType, type FileSystem } from '../../discover/fs.js';
import { isInside } from '../../discover/paths.js';
import { checkChart } from '../helm/helm-safety.js';
import type { KustomizationFile } from './kustomization-file.js';
import { localUrlMessage } from './local-urls.js';
import type { StagedTree } from './staging.js';
import { treeFacts, walkKustomizationTree, type KustomizationTree } from './tree.js';
import type { BuildPlan } from './types.js';

export interface PlanOptions {
  readonly network: boolean;
  readonly enableHelm: boolean;
}

/** Plans the build of the kustomization at `stagedDir` (a folder of `tree`'s copy). */
export async function planBuild(
  fs: FileSystem,
  tree: StagedTree,
  stagedDir: string,
  options: PlanOptions,
): Promise<BuildPlan> {
  const walked = await walkKustomizationTree(fs, stagedDir);
  const refusals = [...localUrlRefusals(tree, walked, options.network), ...deprecatedHelmRefusals(tree, walked)];
  if (options.enableHelm) refusals.push(...(await helmChartRefusals(fs, tree, walked)));
  const facts = treeFacts(walked);
  const namespace = walked.kustomizations[0]?.data['namespace'];
  return {
    refusals,
    isolated: facts.isolated,
    // Transformer annotations only serve patch attribution, and they are not free (kustomize records every
    // transformer on every resource): ask for them when a patch may be involved.
    buildMetadata: facts.patches ? ['originAnnotations', 'transformerAnnotations'] : ['originAnnotations'],
    ...(typeof namespace === 'string' && namespace !== '' ? { namespace } : {}),
  };
}

function sourceOf(tree: StagedTree, staged: string): string {
  return tree.toSource(staged) ?? staged;
}

/** URLs that reach this machine, in the files of the folders the tree spans (the staged copy has them neutralized anyway). */
function localUrlRefusals(tree: StagedTree, walked: KustomizationTree, network: boolean): BuildPlan['refusals'] {
  const folders = [
    ...walked.kustomizations.map((kustomization) => kustomization.dir),
    ...walked.unreadable.map((item) => item.dir),
  ].map((dir) => sourceOf(tree, dir));
  const refusals: { file: string; message: string }[] = [];
  for (const [file, urls] of tree.localUrls) {
    if (!folders.some((folder) => isInside(folder, file))) continue;
    for (const url of urls)
      if (url.reason === 'file' || !network) refusals.push({ file, message: localUrlMessage(url) });
  }
  return refusals;
}

function deprecatedHelmRefusals(tree: StagedTree, walked: KustomizationTree): BuildPlan['refusals'] {
  return walked.kustomizations
    .filter((kustomization) => kustomization.data['helmChartInflationGenerator'] !== undefined)
    .map((kustomization) => ({
      file: sourceOf(tree, kustomization.file),
      message:
        'helmChartInflationGenerator (the deprecated form of helmCharts) is not checked by podsec; use helmCharts',
    }));
}

/**
 * The vendored charts `helmCharts` entries name, checked as podsec checks its own charts: the helm kustomize runs
 * gets none of the care podsec gives its own renders (links out of the chart, network functions, version-control
 * folders).
 */
async function helmChartRefusals(
  fs: FileSystem,
  tree: StagedTree,
  walked: KustomizationTree,
): Promise<BuildPlan['refusals']> {
  const refusals: { file: string; message: string }[] = [];
  for (const kustomization of walked.kustomizations) {
    for (const chart of await vendoredCharts(fs, kustomization)) {
      const refuse = (message: string): void => {
        refusals.push({ file: sourceOf(tree, kustomization.file), message });
      };
      const safety = await checkChart(fs, chart.dir, `helm chart ${chart.name}`, { network: false });
      for (const problem of safety.problems) refuse(`helm chart ${chart.name}: ${problem.message}`);
      if (safety.hidden.length > 0)
        refuse(`helm chart ${chart.name} holds ${safety.hidden.join(', ')}, which helm would hand to its templates`);
    }
  }
  return refusals;
}

/** kustomize reads a chart from chartHome/name-version/name when a version is given, else chartHome/name. */
async function vendoredCharts(
  fs: FileSystem,
  kustomization: KustomizationFile,
): Promise<{ name: string; dir: string }[]> {
  const helmCharts = kustomization.data['helmCharts'];
  if (!Array.isArray(helmCharts)) return [];
  const globals = kustomization.data['helmGlobals'];
  const chartHome =
    typeof globals === 'object' && globals !== null ? (globals as Record<string, unknown>)['chartHome'] : undefined;
  const home = resolve(kustomization.dir, typeof chartHome === 'string' ? chartHome : 'charts');
  const charts: { name: string; dir: string }[] = [];
  for (const chart of helmCharts as unknown[]) {
    if (typeof chart !== 'object' || chart === null) continue;
    const { name, version } = chart as Record<string, unknown>;
    if (typeof name !== 'string') continue;
    const dir =
      typeof version === 'string' && version !== '' ? join(home, `${name}-${version}`, name) : join(home, name);
    if ((await pathType(fs, dir)) === 'directory') charts.push({ name, dir: await fs.realpath(dir) });
  }
  return charts;
}
