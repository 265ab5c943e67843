// Module boundaries (CONVENTIONS.md): modules import each other only through index.ts, platform/
// imports no module, and nothing is circular.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Cycles make modules inseparable.', from: {}, to: { circular: true } },
    {
      name: 'platform-imports-no-module',
      severity: 'error',
      comment: 'platform/ has no business words: it may not import a module.',
      from: { path: '^src/platform/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'modules-through-index-only',
      severity: 'error',
      comment: "Another module's internals are off limits: import its index.ts.",
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-through-index-only',
      severity: 'error',
      comment: 'app.ts, cli.ts and db/ reach modules through their index.ts.',
      from: { path: '^src/(?!modules/)', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/modules/[^/]+/(?!index\\.ts$)' },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: ['^test/', '\\.test\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
