import type { Catalogue } from './catalogue.js';

/** Every word munikpi writes in Japanese. @internal */
export const ja: Catalogue = {
  status: {
    behind: '遅れ',
    'on-track': '順調',
    ahead: '前倒し',
    achieved: '達成',
    'no-data': 'データなし',
    untargeted: '目標なし',
  },
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  cli: {
    evaluate: {
      actual: '実績',
      target: '目標',
      yearTarget: '年度目標',
      expected: '期待値',
      progress: '進捗率 %',
      achievement: '達成率 %',
      gap: '目標との差',
      requiredPace: '必要な年あたりの伸び',
      note: '注記',
    },
    warning: '警告',
    fiscalYearOutsidePeriod: (year, start, end) =>
      `${year}は計画期間（${start}～${end}）の外です。--fy の年度を確かめてください`,
  },
};
