import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeFileSystem } from '../../../src/discover/node-fs.js';
import { createKustomizeStaging } from '../../../src/render/kustomize/staging.js';

const work = realpathSync(mkdtempSync(join(tmpdir(), 'podsec-staging-test-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

describe('the staged copy of a repository folder', () => {
  it('has the files, links that stay inside (pointing into the copy), and nothing outside, of version control or installed', async () => {
    const repo = join(work, 'repo');
    const outside = join(work, 'outside');
    write(repo, {
      'base/kustomization.yaml': 'resources: [pod.yaml]\n',
      'base/pod.yaml': 'kind: Pod\n',
      '.git/config': '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n',
      'node_modules/pkg/kustomization.yaml': 'resources: []\n',
      'app/.git': 'gitdir: /elsewhere\n',
    });
    write(outside, { 'secret.yaml': 'kind: Secret\n' });
    symlinkSync(join(repo, 'base'), join(repo, 'linked-base'));
    symlinkSync('../base/pod.yaml', join(repo, 'app/pod.yaml'));
    symlinkSync(join(outside, 'secret.yaml'), join(repo, 'app/secret.yaml'));
    symlinkSync(outside, join(repo, 'outside-dir'));
    symlinkSync(join(repo, 'missing'), join(repo, 'dangling'));

    const staging = createKustomizeStaging(createNodeFileSystem(work));
    const tree = await staging.stage(repo);
    expect(tree.source).toBe(repo);
    expect(readFileSync(join(tree.root, 'base/pod.yaml'), 'utf8')).toBe('kind: Pod\n');
    // Links inside the folder point into the copy, never back at the repository.
    expect(readlinkSync(join(tree.root, 'linked-base'))).toBe('base');
    expect(realpathSync(join(tree.root, 'app/pod.yaml'))).toBe(join(tree.root, 'base/pod.yaml'));
    for (const gone of ['app/secret.yaml', 'outside-dir', 'dangling', '.git', 'node_modules', 'app/.git'])
      expect(existsSync(join(tree.root, gone)), gone).toBe(false);
    expect(tree.copied.droppedLinks).toEqual(['app/secret.yaml', 'dangling', 'outside-dir']);
    expect(tree.toSource(join(tree.root, 'base/pod.yaml'))).toBe(join(repo, 'base/pod.yaml'));
    expect(tree.toStaged(join(repo, 'base'))).toBe(join(tree.root, 'base'));
    expect(tree.toStaged(outside)).toBeUndefined();
    // Staged once per scan.
    expect(await staging.stage(repo)).toBe(tree);
    await staging.dispose();
    expect(existsSync(tree.scratch)).toBe(false);
  });

  it('blanks, in the copy only, kustomization files and plugin configs that name URLs reaching this machine', async () => {
    const repo = join(work, 'urls');
    const config =
      'apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata: {name: c}\nfiles: [x=http://127.0.0.1:9/x]\n';
    const resource =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x, env: [{name: URL, value: "http://localhost:8080"}]}]}\n';
    write(repo, {
      'a/kustomization.yaml': 'resources: [file:///srv/other]\n',
      'a/gen.yaml': config,
      'a/pod.yaml': resource,
    });
    const staging = createKustomizeStaging(createNodeFileSystem(work));
    const tree = await staging.stage(repo);
    expect([...tree.localUrls.keys()]).toEqual([join(repo, 'a/gen.yaml'), join(repo, 'a/kustomization.yaml')]);
    expect(readFileSync(join(tree.root, 'a/gen.yaml'), 'utf8')).toMatch(/^podsecRefused: /);
    // A resource that only carries such a URL as a value is left alone, and the repository is never written.
    expect(readFileSync(join(tree.root, 'a/pod.yaml'), 'utf8')).toBe(resource);
    expect(readFileSync(join(repo, 'a/gen.yaml'), 'utf8')).toBe(config);
    staging.disposeNow();
    expect(existsSync(tree.scratch)).toBe(false);
  });

  it('links the files of the copy to the repository where it can, and blanks a file by putting a new one in its place', async () => {
    const repo = join(work, 'links');
    const kustomization = 'resources: [pod.yaml, http://127.0.0.1:9/x.yaml]\n';
    write(repo, { 'a/kustomization.yaml': kustomization, 'a/pod.yaml': 'kind: Pod\n' });
    const before = statSync(join(repo, 'a/kustomization.yaml'));
    const staging = createKustomizeStaging(createNodeFileSystem(work));
    const tree = await staging.stage(repo);
    // The scratch folder is on the repository's file system: the copy's file is the repository's, by a second name.
    expect(statSync(join(tree.root, 'a/pod.yaml')).ino).toBe(statSync(join(repo, 'a/pod.yaml')).ino);
    expect(statSync(join(repo, 'a/pod.yaml')).nlink).toBe(2);
    // The blanked file is a new file; the repository's keeps its text, its time and its one name.
    expect(readFileSync(join(tree.root, 'a/kustomization.yaml'), 'utf8')).toMatch(/^podsecRefused: /);
    expect(statSync(join(tree.root, 'a/kustomization.yaml')).ino).not.toBe(before.ino);
    const after = statSync(join(repo, 'a/kustomization.yaml'));
    expect(readFileSync(join(repo, 'a/kustomization.yaml'), 'utf8')).toBe(kustomization);
    expect([after.ino, after.nlink, after.mtimeMs]).toEqual([before.ino, 1, before.mtimeMs]);
    staging.disposeNow();
    expect(existsSync(tree.scratch)).toBe(false);
    expect(statSync(join(repo, 'a/pod.yaml')).nlink).toBe(1);
    expect(readFileSync(join(repo, 'a/pod.yaml'), 'utf8')).toBe('kind: Pod\n');
  });

  it('copies the files where linking is refused (another file system, another owner), with the same result', async () => {
    const repo = join(work, 'no-links');
    const config = 'apiVersion: builtin\nkind: PatchTransformer\nmetadata: {name: p}\npath: file:///etc/x\n';
    write(repo, { 'a/kustomization.yaml': 'resources: [pod.yaml]\ntransformers: [gen.yaml]\n', 'a/gen.yaml': config });
    symlinkSync('kustomization.yaml', join(repo, 'a/link.yaml'));
    const refused: string[] = [];
    const fs = createNodeFileSystem(work, {
      linkFile: async (from) => {
        refused.push(from);
        throw Object.assign(new Error(`EXDEV: cross-device link not permitted, link '${from}'`), { code: 'EXDEV' });
      },
    });
    const staging = createKustomizeStaging(fs);
    const tree = await staging.stage(repo);
    expect(refused.sort()).toEqual([join(repo, 'a/gen.yaml'), join(repo, 'a/kustomization.yaml')]);
    expect(readFileSync(join(tree.root, 'a/kustomization.yaml'), 'utf8')).toBe(
      readFileSync(join(repo, 'a/kustomization.yaml'), 'utf8'),
    );
    expect(statSync(join(tree.root, 'a/kustomization.yaml')).ino).not.toBe(
      statSync(join(repo, 'a/kustomization.yaml')).ino,
    );
    expect(readlinkSync(join(tree.root, 'a/link.yaml'))).toBe('kustomization.yaml');
    expect([...tree.localUrls.keys()]).toEqual([join(repo, 'a/gen.yaml')]);
    expect(readFileSync(join(tree.root, 'a/gen.yaml'), 'utf8')).toMatch(/^podsecRefused: /);
    expect(readFileSync(join(repo, 'a/gen.yaml'), 'utf8')).toBe(config);
    await staging.dispose();
    expect(existsSync(tree.scratch)).toBe(false);
  });

  it('with network access on, leaves loopback URLs to kustomize but still blanks file:// repository URLs', async () => {
    const repo = join(work, 'network');
    const loopback = 'resources: [http://127.0.0.1:9/pod.yaml]\n';
    write(repo, { 'a/kustomization.yaml': loopback, 'b/kustomization.yaml': 'resources: [git::file:///srv/other]\n' });
    const staging = createKustomizeStaging(createNodeFileSystem(work), { network: true });
    const tree = await staging.stage(repo);
    expect([...tree.localUrls.keys()]).toEqual([join(repo, 'b/kustomization.yaml')]);
    expect(readFileSync(join(tree.root, 'a/kustomization.yaml'), 'utf8')).toBe(loopback);
    await staging.dispose();
  });
});
