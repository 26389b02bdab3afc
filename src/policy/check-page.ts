/**
 * A check's page, built from its definition alone: docs/checks/<id>.md (scripts/check-pages.mjs writes them)
 * and `podsec explain <id>` print exactly this, so the fix text and the rule are written once, in the check.
 */
import { allCheckMeta, checkDefinition } from './registry.js';

const CHECK_DEFINITIONS_IN_ORDER = () => allCheckMeta().map((meta) => checkDefinition(meta.id));
import type { CheckDefinition, CheckId, CheckMeta } from './types.js';

/** Where the generated pages live, relative to the repository root. */
export const CHECK_PAGES_DIR = 'docs/checks';

/** The last line of every generated page: where to edit it. */
export function generatedNotice(id: CheckId): string {
  return `<!-- Generated from the meta of src/policy/checks/${id}.ts by scripts/check-pages.mjs (npm run docs:checks); edit that file, not this page. -->`;
}

/** The versions a check's variants start at, as `v1.N`. */
export function variantVersions(definition: CheckDefinition): string[] {
  return definition.variants.map((variant) => `v1.${variant.minVersion}`);
}

/** `v1.0 and later, one variant` / `v1.22–v1.24, v1.25 and later (2 variants); absent before v1.22` */
function versionsCell(definition: CheckDefinition): string {
  const starts = definition.variants.map((variant) => variant.minVersion);
  const first = starts[0] ?? 0;
  const absent = first > 0 ? `; absent before v1.${first}` : '';
  if (starts.length === 1) return `v1.${first} and later, one variant${absent}`;
  const ranges = starts.map((start, index) => {
    const next = starts[index + 1];
    if (next === undefined) return `v1.${start} and later`;
    return next - 1 === start ? `v1.${start}` : `v1.${start}–v1.${next - 1}`;
  });
  return `${ranges.join(', ')} (${starts.length} variants)${absent}`;
}

function checkLink(id: CheckId): string {
  return `[\`${id}\`](${id}.md)`;
}

/** Checks that replace this one at the restricted level, with the version they start doing so at. */
function overriders(id: CheckId): { readonly id: CheckId; readonly from: number }[] {
  return CHECK_DEFINITIONS_IN_ORDER().flatMap((other) => {
    const variant = other.variants.find((candidate) => candidate.overrides?.includes(id));
    return variant === undefined ? [] : [{ id: other.meta.id, from: variant.minVersion }];
  });
}

function overridesCell(meta: CheckMeta): string {
  if (meta.overrides.length > 0) return `overrides ${meta.overrides.map(checkLink).join(', ')} at the restricted level`;
  const by = overriders(meta.id);
  if (by.length > 0) {
    return by
      .map(
        ({ id, from }) =>
          `replaced by ${checkLink(id)} at the restricted level${from > 0 ? ` from v1.${from} (restricted v1.0–v1.${from - 1} still runs this check)` : ''}`,
      )
      .join('; ');
  }
  return 'neither';
}

function levelCell(meta: CheckMeta): string {
  if (meta.level === 'restricted') return 'restricted';
  return overriders(meta.id).length > 0 ? 'baseline' : 'baseline (and therefore restricted)';
}

/** The reference sections; a check with one variant and no word on versions gets the obvious one. */
function withVersionsSection(definition: CheckDefinition): string {
  const reference = definition.meta.reference.trim();
  if (/^## Versions/m.test(reference) || definition.variants.length > 1) return reference;
  const unchanged = `## Versions\nUnchanged since v1.${definition.variants[0]?.minVersion ?? 0}.\n\n## Message`;
  return /^## Message/m.test(reference) ? reference.replace(/^## Message/m, unchanged) : reference;
}

/** The whole page, markdown, ending with one newline; `withNotice: false` leaves out the generated-file comment. */
export function renderCheckPage(id: CheckId, { withNotice = true }: { readonly withNotice?: boolean } = {}): string {
  const definition = checkDefinition(id);
  const { meta } = definition;
  const lines = [
    `# \`${meta.id}\` — ${meta.title}`,
    '',
    '| | |',
    '|---|---|',
    `| Level | ${levelCell(meta)} |`,
    `| Versions | ${versionsCell(definition)} |`,
    `| Reason | ${meta.reason} |`,
    `| Overrides / overridden by | ${overridesCell(meta)} |`,
    `| Kubernetes | [Pod Security Standards, ${meta.level}](${meta.docsUrl}) |`,
    '',
    '## Rule',
    meta.description,
    '',
    `In short: ${meta.allowed}`,
    '',
    withVersionsSection(definition),
    '',
    '## How to fix',
    meta.fix.trim(),
    '',
    ...(withNotice ? [generatedNotice(id), ''] : []),
  ];
  return lines.join('\n');
}

/** One line per check for `podsec checks`: id, level, versions and title, in output order. */
export function renderCheckList(): string {
  const metas = allCheckMeta();
  const idWidth = Math.max(...metas.map((meta) => meta.id.length));
  const rows = metas.map((meta) => {
    const versions = variantVersions(checkDefinition(meta.id)).join(',');
    return `${meta.id.padEnd(idWidth)}  ${meta.level.padEnd(10)}  ${versions.padEnd(24)}  ${meta.title}`;
  });
  const header = `${'CHECK'.padEnd(idWidth)}  ${'LEVEL'.padEnd(10)}  ${'FROM (VARIANTS)'.padEnd(24)}  TITLE`;
  return `${[header, ...rows].join('\n')}\n`;
}

/** Every page with its repository-relative file name, in output order. */
export function allCheckPages(): { readonly file: string; readonly text: string }[] {
  return allCheckMeta().map((meta) => ({ file: `${CHECK_PAGES_DIR}/${meta.id}.md`, text: renderCheckPage(meta.id) }));
}
