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
  evaluationLine: { target: (value) => `目標${value}`, progress: '進捗率', done: '完了', notDone: '未完了' },
  severity: { error: 'エラー', warning: '警告', info: '情報' },
};
