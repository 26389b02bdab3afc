/**
 * Finds and reads `.podsec.yaml` (and the admission configuration file it names). The only part of
 * config/ that touches the file system; everything it reads is checked by the pure validators.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseAdmissionConfiguration } from './admission.js';
import type { AdmissionPolicy, LoadedConfig } from './types.js';
import { validateConfig } from './validate.js';

/** File names looked for in the working folder (not in the scanned paths), in this order. */
export const CONFIG_FILE_NAMES = ['.podsec.yaml', '.podsec.yml'] as const;

export interface LoadConfigInput {
  /** The working folder, where `.podsec.yaml` is looked for. */
  readonly cwd: string;
  /** `--config FILE`: must exist when given. */
  readonly configPath?: string;
}

function display(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}

/** Reads one YAML document; errors carry file, line and column. */
function readYaml(file: string, shown: string): { value?: unknown; errors: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      errors: [`${shown}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`],
    };
  }
  const documents = parseAllDocuments(text, { prettyErrors: true, logLevel: 'error' });
  if (!Array.isArray(documents)) return { value: undefined, errors: [] };
  const errors: string[] = [];
  for (const document of documents) {
    // Later errors of a document usually follow from the first; one precise message is more useful.
    const error = document.errors[0];
    if (error) {
      const where = error.linePos?.[0];
      errors.push(
        `${shown}${where ? `:${where.line}:${where.col}` : ''}: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      );
    }
  }
  if (errors.length > 0) return { errors };
  if (documents.length > 1) return { errors: [`${shown}: holds ${documents.length} YAML documents; expected one`] };
  return { value: documents[0]?.toJS({ maxAliasCount: 100 }), errors: [] };
}

/**
 * Loads the config: `configPath` if given, else `.podsec.yaml`/`.podsec.yml` in `cwd`, else an empty
 * config. Returns every problem found (YAML syntax, validation, the admission configuration file).
 */
export function loadConfig(input: LoadConfigInput): { loaded?: LoadedConfig; errors: string[] } {
  let file: string | undefined;
  if (input.configPath !== undefined) {
    file = path.resolve(input.cwd, input.configPath);
    if (!existsSync(file) || !statSync(file).isFile()) {
      return { errors: [`${input.configPath}: config file not found`] };
    }
  } else {
    file = CONFIG_FILE_NAMES.map((name) => path.join(input.cwd, name)).find((candidate) => existsSync(candidate));
  }
  if (file === undefined) return { loaded: { dir: input.cwd, config: {} }, errors: [] };

  const shown = display(input.cwd, file);
  const read = readYaml(file, shown);
  if (read.errors.length > 0) return { errors: read.errors };
  const { config, errors } = validateConfig(read.value, shown);
  if (!config) return { errors };

  const dir = path.dirname(file);
  if (config.admissionConfiguration === undefined) return { loaded: { file: shown, dir, config }, errors: [] };
  const admission = loadAdmission(input.cwd, path.resolve(dir, config.admissionConfiguration), shown);
  if (!admission.policy) return { errors: admission.errors };
  return { loaded: { file: shown, dir, config, admission: admission.policy }, errors: [] };
}

/** Reads a PodSecurityConfiguration/AdmissionConfiguration file, following one plugin `path` reference. */
export function loadAdmission(
  cwd: string,
  file: string,
  referencedFrom: string,
): { policy?: AdmissionPolicy; errors: string[] } {
  const shown = display(cwd, file);
  if (!existsSync(file)) return { errors: [`${referencedFrom}: admissionConfiguration: ${shown} not found`] };
  const read = readYaml(file, shown);
  if (read.errors.length > 0) return { errors: read.errors };
  const parsed = parseAdmissionConfiguration(read.value, shown);
  if (parsed.errors.length > 0) return { errors: parsed.errors };
  if (parsed.policy) return { policy: parsed.policy, errors: [] };
  if (parsed.pluginPath !== undefined) {
    const target = path.resolve(path.dirname(file), parsed.pluginPath);
    const targetShown = display(cwd, target);
    if (!existsSync(target)) return { errors: [`${shown}: plugins PodSecurity path: ${targetShown} not found`] };
    const inner = readYaml(target, targetShown);
    if (inner.errors.length > 0) return { errors: inner.errors };
    const nested = parseAdmissionConfiguration(inner.value, targetShown);
    if (nested.policy) return { policy: nested.policy, errors: [] };
    return {
      errors: nested.errors.length > 0 ? nested.errors : [`${targetShown}: must be a PodSecurityConfiguration`],
    };
  }
  return { errors: [`${shown}: no Pod Security configuration found`] };
}
