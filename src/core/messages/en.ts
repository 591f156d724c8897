import type { Catalogue } from './catalogue.js';

/** Every word munikpi writes in English. @internal */
export const en: Catalogue = {
  status: {
    behind: 'behind',
    'on-track': 'on track',
    ahead: 'ahead',
    achieved: 'achieved',
    'no-data': 'no data',
    untargeted: 'untargeted',
  },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  shares: { mayNotAddUp: 'Shares are rounded one by one, so they may not add up to 100.' },
};
