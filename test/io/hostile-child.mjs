// Runs one import in its own process, so that the test can hold it to the process's own limits
// (heap size, CPU seconds). Prints one JSON line: the outcome and the peak memory.
import { readFileSync } from 'node:fs';

const [file, options = '{}'] = process.argv.slice(2);
const { importPlan } = await import(new URL('../../dist/esm/io/index.js', import.meta.url).href);
const outcome = await importPlan(new Uint8Array(readFileSync(file)), JSON.parse(options)).then(
  ({ plan, warnings }) => ({ ok: true, programs: plan.programs.map((p) => p.name), warnings }),
  (error) => ({
    ok: false,
    name: error?.name,
    code: error?.code,
    message: String(error?.message).slice(0, 400),
    issues: (error?.issues ?? []).slice(0, 5).map((i) => `${i.path} ${i.code}`),
  }),
);
console.log(JSON.stringify({ ...outcome, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
