import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWholeFile } from '../../src/cli/whole-file.js';

const work = mkdtempSync(path.join(tmpdir(), 'podsec-whole-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const asIs = <T>(run: () => T): T => run();
const folder = (): string => mkdtempSync(path.join(work, 'dir-'));
const write =
  (...pieces: string[]) =>
  (put: (piece: string) => void): void => {
    for (const piece of pieces) put(piece);
  };

describe('writeWholeFile', () => {
  it('replaces a file whole, keeps its mode and leaves nothing else in the folder', () => {
    const dir = folder();
    const file = path.join(dir, 'report.json');
    writeFileSync(file, 'old report, longer than the new one\n');
    chmodSync(file, 0o640);
    writeWholeFile(file, write('{"a":', '1}\n'), asIs);
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('gives a new file the mode a new file gets, in a folder it makes', () => {
    const file = path.join(folder(), 'made', 'for', 'it.sarif');
    writeWholeFile(file, write('x\n'), asIs);
    expect(readFileSync(file, 'utf8')).toBe('x\n');
    const umask = process.umask();
    expect(statSync(file).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('leaves the old file as it was, and no new one, when the text fails half-way', () => {
    const dir = folder();
    const file = path.join(dir, 'report.sarif');
    writeFileSync(file, 'the report of yesterday\n');
    const failing = (put: (piece: string) => void): void => {
      put('{"version": "2.1.0", "runs": [');
      throw new Error('the report failed half-way');
    };
    expect(() => writeWholeFile(file, failing, asIs)).toThrow('the report failed half-way');
    expect(readFileSync(file, 'utf8')).toBe('the report of yesterday\n');
    expect(() => writeWholeFile(path.join(dir, 'new.sarif'), failing, asIs)).toThrow('half-way');
    expect(readdirSync(dir)).toEqual(['report.sarif']);
  });

  it('writes through a symbolic link to the file it names, and the link stays', () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real', 'pod.yaml'), 'kind: Pod\n');
    symlinkSync('real/pod.yaml', path.join(dir, 'pod.yaml'));
    writeWholeFile(path.join(dir, 'pod.yaml'), write('kind: Pod\nspec: {}\n'), asIs);
    expect(lstatSync(path.join(dir, 'pod.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'pod.yaml'))).toBe('real/pod.yaml');
    expect(readFileSync(path.join(dir, 'real', 'pod.yaml'), 'utf8')).toBe('kind: Pod\nspec: {}\n');
    expect(readdirSync(path.join(dir, 'real'))).toEqual(['pod.yaml']);
  });

  it('makes the file a link names when it is not there yet, in a folder it makes, and the link stays', () => {
    const dir = folder();
    symlinkSync('reports/podsec.sarif', path.join(dir, 'latest.sarif'));
    writeWholeFile(path.join(dir, 'latest.sarif'), write('{"runs": []}\n'), asIs);
    expect(readlinkSync(path.join(dir, 'latest.sarif'))).toBe('reports/podsec.sarif');
    expect(readFileSync(path.join(dir, 'reports', 'podsec.sarif'), 'utf8')).toBe('{"runs": []}\n');
    // A link to a link: followed to the end.
    symlinkSync('latest.sarif', path.join(dir, 'current.sarif'));
    rmSync(path.join(dir, 'reports'), { recursive: true });
    writeWholeFile(path.join(dir, 'current.sarif'), write('again\n'), asIs);
    expect(readFileSync(path.join(dir, 'reports', 'podsec.sarif'), 'utf8')).toBe('again\n');
    expect(lstatSync(path.join(dir, 'current.sarif')).isSymbolicLink()).toBe(true);
    // Links that name each other end in an error, and nothing is written.
    symlinkSync('loop-b', path.join(dir, 'loop-a'));
    symlinkSync('loop-a', path.join(dir, 'loop-b'));
    expect(() => writeWholeFile(path.join(dir, 'loop-a'), write('x\n'), asIs)).toThrow(
      expect.objectContaining({ code: 'ELOOP' }),
    );
    expect(readdirSync(dir).sort()).toEqual(['current.sarif', 'latest.sarif', 'loop-a', 'loop-b', 'reports']);
  });

  it('refuses a directory before the text is made, and writes a device in place', () => {
    const dir = folder();
    let made = false;
    const text = (put: (piece: string) => void): void => {
      made = true;
      put('x\n');
    };
    expect(() => writeWholeFile(dir, text, asIs)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(made).toBe(false);
    // `--output /dev/null` (or /dev/stdout, a pipe): nothing can be renamed over it, so it is written as it is.
    writeWholeFile('/dev/null', text, asIs);
    expect(made).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('runs every file system step inside the step it is given', () => {
    const dir = folder();
    let steps = 0;
    const counted = <T>(run: () => T): T => {
      steps++;
      return run();
    };
    writeWholeFile(path.join(dir, 'a.json'), write('a', 'b'), counted);
    // Where it goes, the new file, two pieces, closing it and the rename.
    expect(steps).toBe(6);
  });
});
