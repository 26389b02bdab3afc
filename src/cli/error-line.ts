import type { ScanError } from '../findings/types.js';

/** `file:line:column: message` on one line (a tool's stderr tail joined up), the form terminals turn into links. */
export function errorLine(error: ScanError): string {
  const where = `${error.file}${error.line === undefined ? '' : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`}`;
  const message = error.message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
  return `${where}: ${message}`;
}
