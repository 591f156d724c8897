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
  cli: {
    evaluate: {
      actual: 'actual',
      target: 'target',
      yearTarget: 'year target',
      expected: 'expected',
      progress: 'progress %',
      achievement: 'achievement %',
      gap: 'gap',
      requiredPace: 'required pace per year',
      note: 'note',
    },
    warning: 'warning',
    fiscalYearOutsidePeriod: (year, start, end) =>
      `${year} is outside the plan's period (${start} to ${end}); check --fy`,
  },
};
