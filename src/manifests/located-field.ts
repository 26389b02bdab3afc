import type { FieldPath } from '../policy/types.js';
import type { KubeObject, LocatedField, TextSpan } from './types.js';

/** Replaces where an object's fields are located (ParseOptions.locate): render code maps spans back to sources. */
export type SpanLocator = (object: KubeObject, path: FieldPath, span: TextSpan) => LocatedField;

/**
 * Where a field of an object read from a file is: the span found for it in that file, unless a locator
 * maps it elsewhere.
 */
export function locateSpan(
  object: KubeObject,
  path: FieldPath,
  span: TextSpan,
  locator: SpanLocator | undefined,
): LocatedField {
  if (locator) return locator(object, path, span);
  return {
    primary: {
      file: object.file,
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
    },
    related: [],
    exact: span.exact,
  };
}
