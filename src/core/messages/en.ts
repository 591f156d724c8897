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
  evaluationLine: {
    target: (value) => `target ${value}`,
    progress: 'progress',
    done: 'done',
    notDone: 'not done',
  },
  severity: { error: 'error', warning: 'warning', info: 'info' },
};
