/*
 * The CLI's input limit: the shared plan limit of src/core/limits.ts, so that the CLI reads
 * whatever parsePlan reads (and whatever `munikpi import` writes within it).
 */
import { MAX_PLAN_BYTES } from '../core/limits.js';

export { MAX_BYTES_FLAG } from '../core/limits.js';

/** The largest input the CLI reads by default, in bytes (MAX_PLAN_BYTES, 32 MB); `--max-bytes` raises it. @internal */
export const MAX_INPUT_BYTES = MAX_PLAN_BYTES;
