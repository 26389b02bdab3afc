/**
 * Files written whole or not at all. The text goes to a new file beside the target, created exclusively (no other
 * file is ever reused or followed) with the permissions a new file gets, and is renamed over the target only once
 * every byte is written. A reader (a workflow step uploading the SARIF, an editor holding the manifest) sees the old
 * file or the new one, never part of one; a failure on the way, the file system's or the text's own, leaves the
 * target as it was and removes the new file.
 */
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Runs one file system step; the caller turns its failure into its own error. */
export type FileStep = <T>(run: () => T) => T;

/**
 * Writes `target` with what `fill` writes, whole or not at all; its folder is made if missing. Replacing a file
 * keeps its mode, writes through a symbolic link to the file it names (the link stays, also when that file is not made
 * yet), and is refused where writing
 * the file in place would be (a directory, a file the user may not write). A target that is not a regular file (a
 * pipe, `/dev/stdout`) is written in place, as nothing can be renamed over it, and so is a file the user may write in a
 * folder that refuses new files (the one case a failure can still leave part of a file). Every file system step runs inside
 * `step`; an error `fill` throws passes through as it is.
 */
export function writeWholeFile(target: string, fill: (write: (piece: string) => void) => void, step: FileStep): void {
  const place = step(() => placeOf(target));
  if (place.inPlace) {
    writeInPlace(target, fill, step);
    return;
  }
  // A file the user may write in a folder they may not: written in place, as before, rather than refused.
  const temp = step(() => (place.mode === undefined ? createBeside(place.file) : createBesideIfAllowed(place.file)));
  if (temp === undefined) {
    writeInPlace(place.file, fill, step);
    return;
  }
  let open = true;
  let renamed = false;
  try {
    if (place.mode !== undefined) step(() => fchmodSync(temp.fd, place.mode as number));
    fill((piece) => step(() => writeAll(temp.fd, piece)));
    open = false;
    step(() => closeSync(temp.fd));
    step(() => renameSync(temp.path, place.file));
    renamed = true;
  } finally {
    if (open) closeSync(temp.fd);
    if (!renamed) rmSync(temp.path, { force: true });
  }
}

function writeInPlace(file: string, fill: (write: (piece: string) => void) => void, step: FileStep): void {
  const fd = step(() => openSync(file, 'w'));
  try {
    fill((piece) => step(() => writeAll(fd, piece)));
  } finally {
    closeSync(fd);
  }
}

type Place = { readonly inPlace: true } | { readonly inPlace: false; readonly file: string; readonly mode?: number };

/** Links followed to a file not made yet before giving up, as the system does (its ELOOP). */
const MOST_LINKS = 40;

function placeOf(target: string, linksFollowed = 0): Place {
  mkdirSync(path.dirname(target), { recursive: true });
  const stat = statSync(target, { throwIfNoEntry: false });
  if (stat === undefined) {
    // A link to a file not made yet: the file is made where the link points, as writing through it would, and the
    // link stays (renaming over the link would have replaced it with the file).
    if (!lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink()) return { inPlace: false, file: target };
    if (linksFollowed >= MOST_LINKS)
      throw Object.assign(new Error(`${target}: too many symbolic links`), { code: 'ELOOP' });
    return placeOf(path.resolve(path.dirname(target), readlinkSync(target)), linksFollowed + 1);
  }
  if (stat.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: 'EISDIR' });
  if (!stat.isFile()) return { inPlace: true };
  const file = realpathSync(target);
  accessSync(file, constants.W_OK);
  return { inPlace: false, file, mode: stat.mode & 0o7777 };
}

/** {@link createBeside}, or undefined where the folder refuses new files (its permissions). */
function createBesideIfAllowed(file: string): { path: string; fd: number } | undefined {
  try {
    return createBeside(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return undefined;
    throw error;
  }
}

/** A new, empty file in `file`'s folder, named after it, that no one else made. */
function createBeside(file: string): { path: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const candidate = path.join(
      path.dirname(file),
      `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
    );
    try {
      return { path: candidate, fd: openSync(candidate, 'wx', 0o666) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
    }
  }
}

function writeAll(fd: number, text: string): void {
  // The string goes to the file as it is; a copy of its bytes is made only to finish a write the system cut short
  // (a report's pieces would otherwise each be copied once more, megabytes outside the heap on a large scan).
  const written = writeSync(fd, text);
  if (written === Buffer.byteLength(text)) return;
  const bytes = Buffer.from(text);
  for (let done = written; done < bytes.length;) done += writeSync(fd, bytes, done);
}
