import tseslint from 'typescript-eslint';

const sideEffectModules = [
  { name: 'node:fs', message: 'The pure core reads files only through an injected reader.' },
  { name: 'node:fs/promises', message: 'The pure core reads files only through an injected reader.' },
  { name: 'fs', message: 'The pure core reads files only through an injected reader.' },
  { name: 'node:child_process', message: 'Only src/render/command-runner.ts starts processes.' },
  { name: 'child_process', message: 'Only src/render/command-runner.ts starts processes.' },
  { name: 'execa', message: 'Only src/render/command-runner.ts starts processes.' },
  { name: '@actions/core', message: 'GitHub side effects live in src/action and src/github.' },
  { name: '@actions/github', message: 'GitHub side effects live in src/github.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '__tests__/fixtures/**', 'bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core: policy, manifests, workloads, findings, reporters, config validation and orchestration,
    // and rendering and discovery, which reach files and processes only through the FileSystem, ScratchSpace and
    // CommandRunner handed in. The few files that implement those interfaces are listed in `ignores` below.
    files: [
      'src/policy/**/*.ts',
      'src/manifests/**/*.ts',
      'src/workloads/**/*.ts',
      'src/findings/**/*.ts',
      'src/report/**/*.ts',
      'src/util/**/*.ts',
      'src/fix/**/*.ts',
      'src/config/**/*.ts',
      'src/scan.ts',
      'src/plan/**/*.ts',
      'src/baseline/identity.ts',
      'src/baseline/read.ts',
      'src/baseline/compare.ts',
      'src/baseline/render.ts',
      'src/baseline/sections.ts',
      'src/render/**/*.ts',
      'src/discover/**/*.ts',
    ],
    ignores: [
      // The edges: the one place processes start, the PATH lookup for helm and kustomize, the real file system.
      'src/render/command-runner.ts',
      'src/render/tool-binary.ts',
      'src/discover/node-fs.ts',
      // Reads the config file the user names.
      'src/config/load.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: sideEffectModules }],
    },
  },
);
