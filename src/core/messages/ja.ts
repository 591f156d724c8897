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
  shares: { mayNotAddUp: '端数処理の関係で合計が100にならない場合があります' },
};
