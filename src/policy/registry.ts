/**
 * The check registry: validated once at load, with the active check list for every level and minor
 * precomputed so evaluation is a table lookup plus the checks themselves.
 */
import { CHECK_DEFINITIONS } from './checks/index.js';
import { MAX_MINOR, resolveEvaluatedMinor } from './version.js';
import type { CheckDefinition, CheckFunction, CheckId, CheckMeta, Level, PolicyVersion } from './types.js';

/**
 * Upstream's output order (`populate` in `policy/registry.go` of kubernetes/pod-security-admission): baseline
 * ids in byte order, then restricted ids in byte order.
 * Written out by hand because a locale-aware sort would put `seccompProfile_baseline` first.
 */
export const CHECK_ORDER: readonly CheckId[] = Object.freeze([
  'appArmorProfile',
  'capabilities_baseline',
  'hostNamespaces',
  'hostPathVolumes',
  'hostPorts',
  'hostProbesAndHostLifecycle',
  'privileged',
  'procMount',
  'seLinuxOptions',
  'seccompProfile_baseline',
  'sysctls',
  'windowsHostProcess',
  'allowPrivilegeEscalation',
  'capabilities_restricted',
  'procMount_restricted',
  'restrictedVolumes',
  'runAsNonRoot',
  'runAsUser',
  'seccompProfile_restricted',
]);

/** A check as it runs at one evaluated minor. */
export interface ActiveCheck {
  readonly id: CheckId;
  readonly check: CheckFunction;
  /** The check function's number, from 0 to {@link CHECK_FUNCTION_COUNT} - 1: ids running one function share it. */
  readonly slot: number;
}

/** Throws if the definitions break an invariant the engine relies on; called once at module load. */
export function validateDefinitions(definitions: readonly CheckDefinition[], order: readonly CheckId[]): void {
  const byId = new Map<CheckId, CheckDefinition>();
  for (const definition of definitions) {
    const id = definition.meta.id;
    if (byId.has(id)) throw new Error(`check ${id} is registered twice`);
    byId.set(id, definition);
  }
  if (order.length !== byId.size || order.some((id) => !byId.has(id))) {
    throw new Error('CHECK_ORDER must list every registered check exactly once');
  }
  for (const { meta, variants } of definitions) {
    if (variants.length === 0) throw new Error(`check ${meta.id} has no variants`);
    let previous = -1;
    const declared = new Set(meta.overrides);
    const used = new Set<CheckId>();
    for (const variant of variants) {
      if (!Number.isInteger(variant.minVersion) || variant.minVersion <= previous) {
        throw new Error(`check ${meta.id}: variant minVersion values must be strictly increasing integers`);
      }
      previous = variant.minVersion;
      for (const target of variant.overrides ?? []) {
        if (meta.level !== 'restricted') throw new Error(`check ${meta.id}: only restricted checks may override`);
        if (byId.get(target)?.meta.level !== 'baseline') {
          throw new Error(`check ${meta.id}: override target ${target} is not a baseline check`);
        }
        if (!declared.has(target)) throw new Error(`check ${meta.id}: override ${target} missing from meta.overrides`);
        used.add(target);
      }
    }
    for (const target of declared) {
      if (!used.has(target))
        throw new Error(`check ${meta.id}: meta.overrides lists ${target}, which no variant overrides`);
    }
  }
}

validateDefinitions(CHECK_DEFINITIONS, CHECK_ORDER);

const DEFINITION_BY_ID = new Map<CheckId, CheckDefinition>(CHECK_DEFINITIONS.map((d) => [d.meta.id, d]));
const ORDERED_DEFINITIONS: readonly CheckDefinition[] = CHECK_ORDER.map((id) => DEFINITION_BY_ID.get(id)!);
const ORDERED_META: readonly CheckMeta[] = Object.freeze(ORDERED_DEFINITIONS.map((d) => d.meta));

function variantAt(definition: CheckDefinition, minor: number): CheckFunction | undefined {
  let active: CheckFunction | undefined;
  for (const variant of definition.variants) {
    if (variant.minVersion <= minor) active = variant.check;
  }
  return active;
}

function overridesAt(definition: CheckDefinition, minor: number): readonly CheckId[] {
  let active: readonly CheckId[] = [];
  for (const variant of definition.variants) {
    if (variant.minVersion <= minor) active = variant.overrides ?? [];
  }
  return active;
}

/** Every check function of every variant, numbered (see ActiveCheck.slot). */
const SLOTS = new Map<CheckFunction, number>();
for (const definition of ORDERED_DEFINITIONS)
  for (const variant of definition.variants) if (!SLOTS.has(variant.check)) SLOTS.set(variant.check, SLOTS.size);

/** How many distinct check functions the variants run. */
export const CHECK_FUNCTION_COUNT = SLOTS.size;

function slotOf(check: CheckFunction): number {
  const slot = SLOTS.get(check);
  if (slot === undefined) throw new Error('a check function that no variant declares');
  return slot;
}

function buildTable(level: 'baseline' | 'restricted'): readonly (readonly ActiveCheck[])[] {
  const table: (readonly ActiveCheck[])[] = [];
  for (let minor = 0; minor <= MAX_MINOR; minor++) {
    const overridden = new Set<CheckId>();
    if (level === 'restricted') {
      for (const definition of ORDERED_DEFINITIONS) {
        if (definition.meta.level === 'restricted') for (const id of overridesAt(definition, minor)) overridden.add(id);
      }
    }
    const active: ActiveCheck[] = [];
    for (const definition of ORDERED_DEFINITIONS) {
      const { id, level: checkLevel } = definition.meta;
      if (checkLevel === 'restricted' && level !== 'restricted') continue;
      if (overridden.has(id)) continue;
      const check = variantAt(definition, minor);
      if (check !== undefined) active.push(Object.freeze({ id, check, slot: slotOf(check) }));
    }
    table.push(Object.freeze(active));
  }
  return Object.freeze(table);
}

const TABLES = {
  baseline: buildTable('baseline'),
  restricted: buildTable('restricted'),
} as const;

/** The checks to run, in output order, for a level at an already resolved minor (0..MAX_MINOR). */
export function activeChecksAt(level: Level, minor: number): readonly ActiveCheck[] {
  if (level === 'privileged') return [];
  const table = TABLES[level];
  if (table === undefined) throw new TypeError(`unknown level ${JSON.stringify(level)}`);
  return table[Math.min(Math.max(0, minor), MAX_MINOR)] ?? [];
}

/** Ids of the checks a level and requested version run, in output order (empty for privileged). */
export function activeCheckIds(level: Level, version: PolicyVersion, emulationMinor?: number): CheckId[] {
  return activeChecksAt(level, resolveEvaluatedMinor(version, emulationMinor)).map((active) => active.id);
}

/** Every check's metadata, in output order. */
export function allCheckMeta(): readonly CheckMeta[] {
  return ORDERED_META;
}

/** One check's metadata. */
export function checkMeta(id: CheckId): CheckMeta {
  const definition = DEFINITION_BY_ID.get(id);
  if (definition === undefined) throw new RangeError(`unknown check id ${JSON.stringify(id)}`);
  return definition.meta;
}

/** One check's full definition (metadata and variants). */
export function checkDefinition(id: CheckId): CheckDefinition {
  const definition = DEFINITION_BY_ID.get(id);
  if (definition === undefined) throw new RangeError(`unknown check id ${JSON.stringify(id)}`);
  return definition;
}
