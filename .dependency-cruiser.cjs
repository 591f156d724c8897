// The layers of src/, lowest first. A module may import its own layer and the layers below it,
// never one above: foundations ← era ← fiscal ← kpi ← rating ← plan ← report, schema ← io ← cli.
// `npm run test:layers` (part of `npm test`) fails the build on an upward import.
const LAYERS = [
  ['core'],
  ['era'],
  ['fiscal'],
  ['kpi'],
  ['rating'],
  ['plan'],
  ['report', 'schema'],
  ['io'],
  ['data'],
  ['cli'],
];

const folders = (names) => `^src/(${names.join('|')})/`;

/** For each layer: it may not import any folder of a layer above it. */
const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer.join('-')}`,
  comment: `${layer.join(', ')} may not import ${LAYERS.slice(i + 1)
    .flat()
    .join(', ')}: imports point down the layers`,
  severity: 'error',
  from: { path: folders(layer) },
  to: { path: folders(LAYERS.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'report-and-schema-apart',
      comment: 'report and schema sit side by side: neither imports the other',
      severity: 'error',
      from: { path: '^src/(report|schema)/' },
      to: { path: '^src/(report|schema)/', pathNot: '^src/$1/' },
    },
    {
      name: 'public-face-only-for-cli',
      comment: 'src/index.ts is the public API, imported by the CLI alone; modules import each other',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli/|index\\.ts$)' },
      to: { path: '^src/index\\.ts$' },
    },
    {
      name: 'no-tooling-in-src',
      comment: 'src/ ships: it never imports scripts/, bench/ or test/',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|bench|test)/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
