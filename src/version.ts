/**
 * The version of munikpi, as in its package.json.
 *
 * @example
 * import { VERSION } from 'munikpi';
 * VERSION; // '0.1.0'
 */
export const VERSION = '0.1.0';
