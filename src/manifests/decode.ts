import type { InputError } from './types.js';

/** Default size limit for one manifest file or render output: 64 MiB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** The outcome of turning file bytes into manifest text. */
export type DecodedText =
  { readonly text: string; readonly error?: undefined } | { readonly text?: undefined; readonly error: InputError };

/**
 * Turns the bytes of a `.yaml`/`.json` file into text, refusing what no Kubernetes tool would read as
 * YAML: files over `maxBytes`, binary files (NUL bytes, UTF-16/32 byte order marks) and invalid UTF-8.
 * A UTF-8 byte order mark is dropped so that columns on line 1 match what an editor shows.
 */
export function decodeManifestText(bytes: Uint8Array, file: string, maxBytes: number = DEFAULT_MAX_BYTES): DecodedText {
  if (bytes.byteLength > maxBytes) {
    return { error: { file, message: tooLargeMessage(bytes.byteLength, maxBytes) } };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      error: {
        file,
        message: 'file is UTF-16 or UTF-32 encoded; Kubernetes manifests must be UTF-8',
        line: 1,
        column: 1,
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = lineAndColumnOfByte(bytes, nul);
    return {
      error: { file, message: `binary file (NUL byte at offset ${nul}); not a YAML or JSON manifest`, line, column },
    };
  }
  try {
    // `fatal` makes the decoder throw on malformed sequences instead of inserting U+FFFD silently.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const { line, column } = lineAndColumnOfByte(bytes, offset);
    return {
      error: {
        file,
        message: `invalid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}); not a YAML or JSON manifest`,
        line,
        column,
      },
    };
  }
}

/** The message for an input over the size limit, shared with `parseManifests`. */
export function tooLargeMessage(size: number, maxBytes: number): string {
  return `file is too large to scan (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB, ${n} bytes`;
  return `${n} bytes`;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function lineAndColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Only runs after TextDecoder has already failed, so speed does not matter here. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
