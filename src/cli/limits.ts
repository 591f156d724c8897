/*
 * The CLI's input limit, in one place. src/core/limits.ts holds only the fiscal-year bounds
 * today; when it gains shared size limits, this constant should become that one.
 */

/** The largest input the CLI reads by default, in bytes (20 MB); `--max-bytes` raises it. @internal */
export const MAX_INPUT_BYTES = 20_000_000;

/** The flag that raises the input limit, named in every refusal. @internal */
export const MAX_BYTES_FLAG = '--max-bytes';
