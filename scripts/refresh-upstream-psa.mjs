// Refreshes the vendored upstream Pod Security Admission fixture corpus in __tests__/upstream-psa/ from a
// local copy of kubernetes/pod-security-admission (a checkout or a bare git directory; nothing is fetched).
//
//   node scripts/refresh-upstream-psa.mjs <path-to-pod-security-admission> [commit, default HEAD]
//
// Copies test/testdata and the repository's LICENSE byte for byte as they are at that commit, and records
// the commit, its date, the file count and a digest of every file's git blob id in upstream.json (the
// upstream-fixtures test recomputes the digest from the files on disk, so an edited, added or lost
// fixture is caught). README.md is rewritten from the same record. The old copy is replaced only once
// the new one is complete.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const UPSTREAM_REPOSITORY = 'https://github.com/kubernetes/pod-security-admission';
const UPSTREAM_DIR = 'test/testdata';
// Files that only this repository has, checked before anything is written so a wrong path is refused.
const UPSTREAM_MARKERS = ['test/fixtures.go', 'policy/check_privileged.go', 'LICENSE'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, '__tests__', 'upstream-psa');

function fail(message) {
  console.error(`refresh-upstream-psa: ${message}`);
  process.exit(2);
}

const [source, revision = 'HEAD'] = process.argv.slice(2);
if (source === undefined || source.startsWith('-')) {
  fail('usage: node scripts/refresh-upstream-psa.mjs <path-to-pod-security-admission checkout or git dir> [commit]');
}
if (!existsSync(source)) fail(`${source} does not exist`);

function git(args, input) {
  try {
    return execFileSync('git', ['-C', source, ...args], { input, stdio: 'pipe', maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    fail(`git ${args.join(' ')} failed in ${source}: ${String(error.stderr ?? error.message).trim()}`);
  }
}

const commit = git(['rev-parse', '--verify', '--end-of-options', `${revision}^{commit}`])
  .toString('utf8')
  .trim();
const commitDate = git(['show', '-s', '--format=%cI', commit]).toString('utf8').trim();
for (const marker of UPSTREAM_MARKERS) {
  const listed = git(['ls-tree', '--name-only', commit, '--', marker]).toString('utf8').trim();
  if (listed !== marker) fail(`${source} at ${commit} has no ${marker}; is it kubernetes/pod-security-admission?`);
}

/** Every file under test/testdata at the commit: path relative to it, git mode and blob id. */
function listTestdata() {
  const entries = [];
  const listing = git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', UPSTREAM_DIR]).toString('utf8');
  for (const line of listing.split('\0')) {
    if (line === '') continue;
    const match = /^(\d{6}) (\w+) ([0-9a-f]{40,64})\t(.+)$/.exec(line);
    if (!match) fail(`unexpected git ls-tree line: ${line}`);
    const [, mode, type, blob, file] = match;
    if (type !== 'blob' || mode === '120000') fail(`${file} is a ${type} (mode ${mode}), not a plain file`);
    entries.push({ blob, file: file.slice(UPSTREAM_DIR.length + 1) });
  }
  if (entries.length === 0) fail(`${UPSTREAM_DIR} is empty at ${commit}`);
  // Byte order, so the digest does not depend on a locale.
  return entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The contents of many blobs from one `git cat-file --batch` process. */
function readBlobs(ids) {
  const output = git(['cat-file', '--batch'], ids.map((id) => `${id}\n`).join(''));
  const contents = new Map();
  let offset = 0;
  for (const id of ids) {
    const headerEnd = output.indexOf(0x0a, offset);
    const [gotId, type, size] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    if (gotId !== id || type !== 'blob') fail(`git cat-file returned "${gotId} ${type}" for ${id}`);
    const start = headerEnd + 1;
    contents.set(id, output.subarray(start, start + Number(size)));
    offset = start + Number(size) + 1;
  }
  return contents;
}

/** sha256 over "<blob id> <path>\n" lines in byte order of path; the test computes the same from disk. */
function corpusDigest(entries) {
  const hash = createHash('sha256');
  for (const { blob, file } of entries) hash.update(`${blob} ${file}\n`);
  return hash.digest('hex');
}

const entries = listTestdata();
const licenseBlob = git(['rev-parse', '--verify', `${commit}:LICENSE`])
  .toString('utf8')
  .trim();
const blobs = readBlobs([...new Set([...entries.map((e) => e.blob), licenseBlob])]);

const record = {
  repository: UPSTREAM_REPOSITORY,
  path: UPSTREAM_DIR,
  commit,
  commitDate,
  refreshedOn: new Date().toISOString().slice(0, 10),
  files: entries.length,
  digest: corpusDigest(entries),
};

const readme = `# Upstream Pod Security Admission fixtures

\`testdata/\` is the fixture corpus of [kubernetes/pod-security-admission](${record.repository})
(\`${record.path}\`), copied unmodified from commit \`${record.commit}\`
(committed ${record.commitDate}, copied ${record.refreshedOn}):
${record.repository}/tree/${record.commit}/${record.path}

Upstream generates it with \`TestFixtures\` in \`test/fixtures_test.go\` from the generators in
\`test/fixtures_*.go\`: \`<level>/v1.<minor>/pass/*.yaml\` are pods that level allows at that version, and
\`<level>/v1.<minor>/fail/<check id, lower case><n>.yaml\` are pods that check rejects.

The files are © The Kubernetes Authors and licensed under the Apache License 2.0 (\`LICENSE\` here is
upstream's, from the same commit). Only their file mode differs: upstream marks most of them executable.

\`upstream-fixtures.test.ts\` runs every fixture through podsec's engine; what it expects of each fixture
is explained at its top. \`upstream.json\` records the commit, the number of files and a digest of their
git blob ids, which the test checks against the files on disk. To move to another upstream commit, with a
local copy of the repository (a checkout or a bare git directory; nothing is fetched):

\`\`\`sh
node scripts/refresh-upstream-psa.mjs <path-to-pod-security-admission> [commit]
\`\`\`
`;

const staging = path.join(root, '__tests__', '.upstream-psa.refresh');
rmSync(staging, { recursive: true, force: true });
for (const { blob, file } of entries) {
  const destination = path.join(staging, 'testdata', ...file.split('/'));
  mkdirSync(path.dirname(destination), { recursive: true });
  writeFileSync(destination, blobs.get(blob), { mode: 0o644 });
}
writeFileSync(path.join(staging, 'LICENSE'), blobs.get(licenseBlob));
writeFileSync(path.join(staging, 'upstream.json'), `${JSON.stringify(record, null, 2)}\n`);
writeFileSync(path.join(staging, 'README.md'), readme);

// The test and anything else kept in the folder stay; only what this script owns is replaced.
mkdirSync(target, { recursive: true });
for (const owned of ['testdata', 'LICENSE', 'upstream.json', 'README.md']) {
  rmSync(path.join(target, owned), { recursive: true, force: true });
  renameSync(path.join(staging, owned), path.join(target, owned));
}
rmSync(staging, { recursive: true, force: true });
const into = path.relative(root, target);
console.log(`vendored ${record.files} files of ${record.path} at ${record.commit} (${record.commitDate}) into ${into}`);
