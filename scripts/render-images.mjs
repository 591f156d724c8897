#!/usr/bin/env node
/*
 * Renders the README pictures of the Kodaira FY2023 data into docs/img/:
 *
 *   kodaira-ratings.svg / .png     the S/A/B rating chart of the declared summary (1/21/3 of 25)
 *   kodaira-e-approval.svg / .png  the KPI chart of 電子決裁率 (program 12)
 *
 * Run on demand, not in CI:  node scripts/render-images.mjs
 *
 * How: esbuild (a dev dependency) bundles the chart functions and the Kodaira data straight
 * from src/ into a temporary ES module, so no `npm run build` is needed and the data module
 * (which dist/ does not ship as an entry) is at hand. @resvg/resvg-js turns the SVGs into PNGs.
 *
 * Fonts: the charts are Japanese, and resvg draws a missing glyph as nothing (or a box), so
 * the script needs a CJK font. It looks for Noto Sans CJK (Debian/Ubuntu: `apt-get install -y
 * fonts-noto-cjk`), the Noto Sans JP variable font, or Hiragino on macOS; set
 * MUNIKPI_CJK_FONT=/path/to/font.ttc to use another. Without one it stops with a message and
 * writes nothing.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'img');

/** Fonts to try, Japanese-capable, regular then bold of the same family. */
const CANDIDATES = [
  {
    family: 'Noto Sans CJK JP',
    files: [
      '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
      '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
    ],
  },
  {
    family: 'Noto Sans CJK JP',
    files: [
      '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
      '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
    ],
  },
  {
    family: 'Noto Sans CJK JP',
    files: [
      '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
      '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
    ],
  },
  { family: 'Noto Sans JP', files: ['/usr/share/fonts/truetype/noto/NotoSansJP[wght].ttf'] },
  {
    family: 'Hiragino Sans',
    files: [
      '/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc',
      '/System/Library/Fonts/ヒラギノ角ゴシック W6.ttc',
    ],
  },
];

function findFont() {
  const own = process.env.MUNIKPI_CJK_FONT;
  if (own !== undefined && own !== '') {
    if (!existsSync(own)) return { error: `MUNIKPI_CJK_FONT=${own} does not exist.` };
    return { family: process.env.MUNIKPI_CJK_FAMILY ?? 'Noto Sans CJK JP', files: [own] };
  }
  for (const c of CANDIDATES) {
    const files = c.files.filter((f) => existsSync(f));
    if (files.length > 0) return { family: c.family, files };
  }
  return { error: 'No CJK (Japanese) font found.' };
}

/** Bundles what the pictures need from src/ and imports it. */
async function loadSources() {
  const result = await build({
    stdin: {
      contents: [
        "export { renderKpiChart, renderRatingChart } from './src/report/charts/index.ts';",
        "export { aggregateRatings } from './src/rating/index.ts';",
        "export { kodairaFy2023 } from './src/data/kodaira-fy2023.ts';",
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'render-images-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const file = join(tmpdir(), `munikpi-render-images-${process.pid}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

function toPng(svg, font, width) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: { fontFiles: font.files, loadSystemFonts: false, defaultFontFamily: font.family },
  });
  return resvg.render().asPng();
}

async function main() {
  const font = findFont();
  if ('error' in font) {
    console.error(
      [
        `render-images: ${font.error}`,
        'The charts are in Japanese; without a CJK font every Japanese character would render as a box.',
        'Install one, e.g. on Debian/Ubuntu:  apt-get install -y fonts-noto-cjk',
        'or point to a font file:             MUNIKPI_CJK_FONT=/path/to/NotoSansCJK-Regular.ttc node scripts/render-images.mjs',
        'Nothing was written.',
      ].join('\n'),
    );
    process.exit(1);
  }
  const { aggregateRatings, kodairaFy2023, renderKpiChart, renderRatingChart } = await loadSources();

  const eApproval = kodairaFy2023.programs
    .flatMap((p) => p.kpis ?? [])
    .find((k) => k.id === 'p12-e-approval');
  if (eApproval === undefined) throw new Error('the Kodaira data has no KPI p12-e-approval');

  const pictures = [
    {
      name: 'kodaira-ratings',
      svg: renderRatingChart(aggregateRatings(kodairaFy2023, 2023, { source: 'declared' }), {
        title: '小平市 第1期経営方針推進プログラム 令和5年度末の評価',
      }),
    },
    {
      name: 'kodaira-e-approval',
      svg: renderKpiChart(eApproval, {
        highlight: 2023,
        title: '電子決裁率（プログラム12 文書の電子化・ペーパーレス化）',
      }),
    },
  ];

  mkdirSync(out, { recursive: true });
  for (const { name, svg } of pictures) {
    writeFileSync(join(out, `${name}.svg`), `${svg}\n`);
    const png = toPng(svg, font, 1400);
    writeFileSync(join(out, `${name}.png`), png);
    console.log(`wrote docs/img/${name}.svg and docs/img/${name}.png (${png.length} bytes)`);
  }
  console.log(`font: ${font.family} (${font.files.join(', ')})`);
}

await main();
