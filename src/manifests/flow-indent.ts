/**
 * go-yaml (kubectl, kustomize, the API server) does not check the indentation of lines inside a flow collection;
 * the `yaml` package does, so it rejects what Kubernetes tooling reads, such as a quoted script that closes at its
 * key's indentation:
 *
 *     args: ["
 *       echo hi
 *     "]
 *
 * Within a flow collection, the leading blanks of a continuation line are never part of a value (flow folding and
 * quoted-scalar folding drop them), so indenting such lines deeper changes no value. This pads them, keeping every
 * line where it was, so positions keep their line numbers.
 */
import { itemAt } from '../util/item-at.js';

/** The text with under-indented lines inside flow collections indented past their key, or undefined if none are. */
export function indentFlowContinuations(text: string): string | undefined {
  const lines = text.split('\n');
  let changed = false;
  // Inside a flow collection: its depth, the column its continuation lines need, and an open quote if any.
  let depth = 0;
  let minIndent = 0;
  let quote: '"' | "'" | undefined;
  // Inside a block scalar (`|`, `>`): lines indented deeper than this are its content.
  let blockScalarParent = -1;
  for (let index = 0; index < lines.length; index++) {
    let line = itemAt(lines, index);
    const indent = line.length - line.trimStart().length;
    if (blockScalarParent >= 0) {
      if (line.trim() === '' || indent > blockScalarParent) continue;
      blockScalarParent = -1;
    }
    if (depth > 0 && line.trim() !== '' && indent < minIndent) {
      line = ' '.repeat(minIndent - indent) + line;
      lines[index] = line;
      changed = true;
    }
    let at = depth > 0 ? 0 : indent;
    if (depth === 0) {
      if (/^---(\s|$)|^\.\.\.(\s|$)/.test(line)) continue;
      // A flow collection as a value (`key: [`, `- [`, `- key: {`), or a block scalar header.
      const start =
        /^(\s*(?:-\s+)*)((?:[^\s#'"[{][^#]*?:|"[^"]*"\s*:|'[^']*'\s*:)\s+)?([[{]|[|>][-+0-9]*\s*(?:#.*)?$)/.exec(line);
      if (!start) continue;
      const opener = itemAt(start, 3);
      if (opener === '|' || opener.startsWith('|') || opener.startsWith('>')) {
        blockScalarParent = indent;
        continue;
      }
      minIndent = itemAt(start, 1).length + 1;
      at = itemAt(start, 0).length - 1;
    }
    for (; at < line.length; at++) {
      const ch = line.charAt(at);
      if (quote === '"') {
        if (ch === '\\') at++;
        else if (ch === '"') quote = undefined;
      } else if (quote === "'") {
        if (ch === "'" && line[at + 1] === "'") at++;
        else if (ch === "'") quote = undefined;
      } else if (ch === '"' || ch === "'") {
        quote = ch;
      } else if (ch === '#' && (at === 0 || /\s/.test(line.charAt(at - 1)))) {
        break;
      } else if (ch === '[' || ch === '{') {
        depth++;
      } else if (ch === ']' || ch === '}') {
        depth--;
        if (depth === 0) break;
      }
    }
    if (depth === 0) quote = undefined;
  }
  return changed ? lines.join('\n') : undefined;
}
