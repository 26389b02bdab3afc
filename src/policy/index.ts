/** The policy engine's public API. */
export type * from './types.js';
export { LEVELS } from './types.js';
export { evaluatePod, formatFailure, aggregateMessage, aggregateReasons, applyApiServerDefaults } from './evaluate.js';
export type { FailureText } from './evaluate.js';
export { allCheckMeta, checkMeta, checkDefinition, activeCheckIds, activeChecksAt, CHECK_ORDER, firstMinor } from './registry.js';
export {
  parseVersion,
  parseLevel,
  formatLevelVersion,
  resolveEvaluatedMinor,
  versionOf,
  MAX_MINOR,
  LATEST,
} from './version.js';
export { goQuote, quoteList, compareCodePoints, sortStrings } from './messages.js';
