// Writes schema/plan.schema.json (git-ignored, shipped in the package), the JSON Schema of the plan layout, from the built zod schema.
import { writeFileSync } from 'node:fs';
import { planJsonSchema } from '../dist/esm/schema/index.js';

const target = new URL('../schema/plan.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
