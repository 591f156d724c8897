import { definePlan, type Plan } from '../plan/index.js';

/**
 * Kodaira City's 第1期経営方針推進プログラム (令和3年度～令和6年度, FY2021–FY2024) as its progress
 * report at the end of FY R5 (令和5年度末) gives it: the 4 directions, the declared S/A/B summary
 * for FY2023 (1/21/3 over 25 programs), and programs 1–16 in detail, with their approaches, action
 * items, FY2023 plans, targets, results, issues, ratings and the KPIs the text states.
 *
 * The text was extracted from a PDF and ends after program 16; every string is kept exactly as
 * printed (including the PDF's spaces, as in `令和 5 年度`). Where the extraction is garbled or the
 * text is silent, nothing is filled in: the gap is described in the `notes` of the plan, the
 * program, the report or the KPI.
 *
 * @example
 * import { kodairaFy2023 } from 'munikpi/data/kodaira-fy2023';
 * kodairaFy2023.programs.length; // 16
 * kodairaFy2023.summaries?.[0]?.total?.counts; // { S: 1, A: 21, B: 3 }
 */
export const kodairaFy2023: Plan = definePlan({
  id: 'kodaira-management-policy-1',
  municipality: '小平市',
  title: '小平市第1期経営方針推進プログラム',
  period: { start: 2021, end: 2024 },
  source: {
    title: '小平市第1期経営方針推進プログラム(令和3年度～令和6年度) 進捗状況【令和5年度末】',
    publisher: '小平市',
    asOf: '令和5年度末',
  },
  notes: [
    'The source text is truncated after program 16: 9 of the 25 implementation programs are not detailed (direction 1: 2 of 8, direction 3: 3 of 9, direction 4: all 4). Their names and ratings are not in the text; by the declared summary they must all be rated A (the detailed programs already hold the 1 S and the 3 B).',
    'The document contradicts itself on the number of implementation programs: the summary says 全25のプログラム (and its rows add up to 25), while the header of the list says 速やかに取組に着手する 20 項目のプログラムです。 The dataset keeps both as printed: 25 in the summary and the directions, 20 only in this note (no field holds it).',
    'The schedules are the 年度スケジュール(R5.3時点想定): the schedule as assumed in March 2023 (R5.3), with columns for R3, R4 and R5 only.',
    'The PDF extraction lost the column boundaries of the schedule: no action item has a schedule by fiscal year; programs 1–5 and 11–16 keep the raw cell in the scheduleText of the program, and in programs 6–10 the schedule cells are empty (lost).',
    'In programs 6–10 and the 【参考】 tables the extraction left <ul> tags and, in programs 6–10, dropped the bullet markers; the tags are removed and entries split as described in the notes of each program.',
    'The column 令和5年度当初予定 令和5年度設定目標(前年度末の状況) holds both the plan for FY2023 and its targets; a figure in parentheses after a target is the status at the end of the previous year (FY2022). Reports keep the whole bullets in planned and repeat the target sentences in targets.',
    'The results column is headed これまでの取組実績 (results so far): some results may predate FY2023.',
    'Programs 1–10 are numbered ①–⑩ and programs 11–16 are numbered 11–16, as printed (display).',
    'KPI names are the words of the text. The KPIs of programs 3 (p3-applicants, p3-events, p3-university) are the FY2023 設定目標, assessed for FY2023 only.',
    'Rating legend as printed: 「S」：年度当初の予定以上に進捗, 「A」：年度当初の予定どおりに進捗, 「B」：年度当初の予定よりも遅れている (the default S/A/B scale).',
  ],
  directions: [
    { id: 'd1', number: 1, name: '地域資源によるサービスの実現', programCount: 8 },
    { id: 'd2', number: 2, name: '将来に向けた財政運営・財産活用', programCount: 4 },
    { id: 'd3', number: 3, name: '運営・業務執行体制の効率化', programCount: 9 },
    { id: 'd4', number: 4, name: '職員と職場の活性化', programCount: 4 },
  ],
  summaries: [
    {
      fiscalYear: 2023,
      asOf: '令和5年度末',
      rows: [
        { direction: 'd1', programCount: 8, counts: { S: 1, A: 6, B: 1 } },
        { direction: 'd2', programCount: 4, counts: { S: 0, A: 3, B: 1 } },
        { direction: 'd3', programCount: 9, counts: { S: 0, A: 8, B: 1 } },
        { direction: 'd4', programCount: 4, counts: { S: 0, A: 4, B: 0 } },
      ],
      total: { programCount: 25, counts: { S: 1, A: 21, B: 3 } },
      notes: [
        'The table ■ 実施プログラムの進捗状況（令和5年度末）; the text above it says 全25のプログラムのうち、1プログラムが「予定以上に進捗」、21プログラムが「予定どおりに進捗」、3プログラムが「予定よりも遅れている」.',
      ],
    },
  ],
  programs: [
    {
      id: 'p1',
      number: 1,
      display: '①',
      name: '幅広い市民意見の収集',
      kind: 'implementation',
      direction: 'd1',
      approaches: [
        '無作為抽出型や WEB の活用など、施策や検討課題に応じた様々な市民参加の手法を用いて、より広く多様な意見収集に取り組む',
      ],
      actionItems: [{ name: 'より広く多様な意見の収集' }, { name: 'WEBを活用した市民参加の実施' }],
      scheduleText: '実施 試行的実施・実施',
      reports: {
        '2023': {
          planned: ['施策や検討課題に応じて、様々な市民参加手法を適切に実施する。'],
          results: [
            '必要に応じて、動画配信や Web 会議を活用した意見交換などの市民参加手法を実施した。',
            '新しい生活様式等を踏まえた Web 機能の活用状況の把握に努めるとともに、取組事例を庁内で共有し、適切な手法の活用を庁内に促した。',
            '令和 5 年度には市民意見公募手続に関し、LINE 公式アカウントからの情報発信を新たに庁内に促した。',
          ],
          issues: [
            'こども基本法で定められた、こども施策に対するこども等の意見の反映の趣旨を踏まえた市民参加手法の検討を進める。',
            'Web会議システムや動画配信などを市民参加の実施手法の一つとして引き続き定着を図っていく。',
          ],
          rating: 'A',
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '実施 試行的実施・実施' for 2 action items; the extraction lost the column boundaries, so neither the item nor the fiscal year of each entry is certain. The program's scheduleText holds the whole cell as printed.",
      ],
    },
    {
      id: 'p2',
      number: 2,
      display: '②',
      name: '公文書管理の適正化の推進及び歴史公文書の保存と利用環境の整備',
      kind: 'implementation',
      direction: 'd1',
      approaches: [
        '公文書の管理や特定歴史公文書の保存、利用等の統一したルールを定めた小平市公文書等の管理に関する条例に基づき、適切に管理運営',
        '4 年間で歴史公文書の図書館への移管率が 50%以上を目指す(令和 3 年 4 月 1 日現在:0%)',
      ],
      actionItems: [
        { name: '庁内理解の促進' },
        { name: '歴史公文書の図書館への移管' },
        { name: '利用請求の開始' },
      ],
      scheduleText: '準備 5年を目途に移管 実施',
      kpis: [
        {
          id: 'p2-transfer',
          name: '歴史公文書の図書館への移管率',
          unit: '%',
          baseline: { value: 0, asOf: '2021-04-01' },
          target: { kind: 'level', value: 50, by: 2024 },
          period: { start: 2021, end: 2024 },
          notes: [
            'The text gives no 移管率 for FY2023 (the results say only that the transfer did not progress enough).',
          ],
        },
      ],
      reports: {
        '2023': {
          planned: [
            '歴史公文書の図書館への移管を進める。',
            '移管された特定歴史公文書については、目録を作成し、市民等が利用できるよう整理、保存等を行う。',
          ],
          results: [
            '各実施機関から移管された特定歴史公文書について目録の作成を行い、375件の目録をホームページで公表した。',
            '歴史公文書の図書館への移管が十分に進まなかった。',
          ],
          issues: [
            '市制施行後に作成された公文書について、各課が主体的かつ計画的に歴史公文書の選別・移管等を行う必要があるため、適宜周知等を行い歴史公文書の移管の促進を図っていく。',
          ],
          rating: 'B',
          reasons: [
            '教育委員会（図書館）に移管された特定歴史公文書について、目録の作成や公表を推進した。',
            '実施機関から教育委員会（図書館）への歴史公文書の移管が十分に進まなかった。',
            '歴史公文書の選別や移管に関わる実施機関の職員の理解が浸透する取組として十分でないため。',
          ],
          nextSteps: [
            '歴史公文書の移管や選別に関わる周知方法等を一層工夫し、実施機関の職員の理解促進を図る。',
          ],
          notes: [
            'reasons and nextSteps come from the 【参考】 table of programs behind plan (予定よりも遅れているプログラム). Its column 取組内容・要因 holds what was done (the first two bullets) and the cause (the third, ending ため).',
            'The 【参考】 table writes 教育委員会（図書館） with full-width parentheses; kept as printed.',
          ],
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '準備 5年を目途に移管 実施' for 3 action items; the extraction lost the column boundaries, so neither the item nor the fiscal year of each entry is certain. The program's scheduleText holds the whole cell as printed.",
      ],
    },
    {
      id: 'p3',
      number: 3,
      display: '③',
      name: '市民協働の更なる深化と発展',
      kind: 'implementation',
      direction: 'd1',
      approaches: [
        '市民や市民活動団体、NPO、ボランティア団体、自治会、民間事業者、大学等との協力・連携',
        '特に若い世代向けの方策検討',
        '4 年間で市と協働で地域課題の解決に継続的に取り組む団体数が 4 団体以上を目指す(令和 3 年 4 月 1 日現在:1 団体)',
      ],
      actionItems: [
        {
          name: '提示型公募・いきいき協働事業',
        },
        {
          name: 'こだいら人財の森事業',
        },
        {
          name: '大学等との連携事業',
        },
        {
          name: '職員に対する意識啓発',
        },
      ],
      scheduleText: '実施・検証・実施 実施・検証・実施 実施・検証・実施 実施',
      kpis: [
        {
          id: 'p3-groups',
          name: '市と協働で地域課題の解決に継続的に取り組む団体数',
          unit: '団体',
          baseline: { value: 1, asOf: '2021-04-01' },
          target: { kind: 'level', value: 4, by: 2024 },
          period: { start: 2021, end: 2024 },
          notes: ['The text gives no count of such groups for FY2023.'],
        },
        {
          id: 'p3-applicants',
          name: '応募団体数',
          unit: '団体',
          target: { kind: 'annual', value: 8 },
          period: { start: 2023, end: 2023 },
          observations: [{ fiscalYear: 2023, value: 10, source: '応募団体数は 2 事業で 10 団体であった。' }],
          notes: [
            'The FY2023 設定目標 応募団体 8 団体以上を目指す。; 前年度末の状況 (FY2022): 9 団体.',
            'The actual counts the applicants to both 提示型公募事業 and いきいき協働事業 (2 事業).',
          ],
        },
        {
          id: 'p3-events',
          name: '人財の森周知イベント',
          unit: '回',
          target: { kind: 'annual', value: 2 },
          period: { start: 2023, end: 2023 },
          observations: [
            { fiscalYear: 2023, value: 1, source: 'こだいら人財の森事業の周知イベントを 1 回開催した。' },
          ],
          notes: [
            'The FY2023 設定目標 人財の森周知イベント 2 回を目指す。; 前年度末の状況 (FY2022): 1回.',
            'The actual is the number the text gives (周知イベントを 1 回開催した); the results also mention booths at 市民まつり and other events (ブース出展し周知した), which the text does not number.',
          ],
        },
        {
          id: 'p3-university',
          name: '大学生と地域の連携事業',
          unit: '回',
          target: { kind: 'annual', value: 2 },
          period: { start: 2023, end: 2023 },
          observations: [
            {
              fiscalYear: 2023,
              value: 2,
              source:
                'まちで楽しむと NPO 体験セミナーを、合同を含め 2 回開催し、大学生に地域での活動・教育の機会を提供した。',
            },
          ],
          notes: ['The FY2023 設定目標 大学生と地域の連携事業 2 回を目指す。; 前年度末の状況 (FY2022): 2回.'],
        },
      ],
      reports: {
        '2023': {
          planned: [
            '提示型公募事業及びいきいき協働事業を実施し、地域課題の解決と、参加や協働を通じた地域自治のまちづくりの更なる推進を図る。応募団体 8 団体以上を目指す。(9 団体)',
            'こだいら人財の森事業の利用拡大を図るため説明会や周知イベントを開催する。人財の森周知イベント 2 回を目指す。(1回)',
            'まちで楽しむや NPO 体験セミナーなど大学生が地域に飛び出し活動する取組を引き続き実施する。大学生と地域の連携事業 2 回を目指す。(2回)',
            '職員向けの研修を開催すると共に、市民と職員の交流の機会を設ける。(4 回)',
          ],
          targets: [
            '応募団体 8 団体以上を目指す。(9 団体)',
            '人財の森周知イベント 2 回を目指す。(1回)',
            '大学生と地域の連携事業 2 回を目指す。(2回)',
          ],
          results: [
            '提示型公募事業及びいきいき協働事業を実施し、参加や協働を通じた地域自治のまちづくりを推進した。応募団体数は 2 事業で 10 団体であった。',
            'こだいら人財の森事業の周知イベントを 1 回開催した。また、市民まつり等のイベント時にブース出展し周知した。',
            'まちで楽しむと NPO 体験セミナーを、合同を含め 2 回開催し、大学生に地域での活動・教育の機会を提供した。',
            '職員向けの研修を 1 回及び職員と市民の交流の場(フォローアップ支援交流会)を 1 回開催した。',
          ],
          issues: [
            '引き続き、提示型公募事業及びいきいき協働事業の周知啓発に努めていく。',
            'こだいら人財の森については、補助金の申請など財源の確保を図りつつ、利用者の拡大を図る。',
            'まちで楽しむと NPO 体験セミナーは互いに相乗効果が得られるよう合同開催を試みる。',
            '職員向けの研修や、職員と市民が共に協働について学ぶ機会を設ける。',
          ],
          rating: 'A',
          notes: [
            'planned keeps every bullet of the 当初予定 column whole, as printed; targets repeats the 設定目標 sentences found in it, with the 前年度末の状況 in parentheses where printed.',
            'The 4th bullet (職員向けの研修を開催すると共に、市民と職員の交流の機会を設ける。(4 回)) gives a 前年度末の状況 of 4 回 but no FY2023 target count, so it is not a target nor a KPI. The results report 1 training and 1 exchange (フォローアップ支援交流会).',
          ],
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '実施・検証・実施 実施・検証・実施 実施・検証・実施 実施' for 4 action items; the extraction lost the column boundaries, so neither the item nor the fiscal year of each entry is certain. The program's scheduleText holds the whole cell as printed.",
        'The staff training line of the FY2023 plan ((4 回)) states no target count for FY2023, so it is not a KPI.',
      ],
    },
    {
      id: 'p4',
      number: 4,
      display: '④',
      name: '新たな地域コミュニティ拠点整備の準備',
      kind: 'implementation',
      direction: 'd1',
      approaches: [
        '小学校更新を契機とした公共施設複合化を進める中で、小学校を地域の核とした地域コミュニティ醸成に向けた体制等整備',
        '小平第十一小学校の複合化を契機として、今後整備する地域コミュニティ施設の管理・運営の形態や、利用ルールを整備',
      ],
      actionItems: [
        {
          name: '地域コミュニティ施設の方向性の考え方の整理・公表',
        },
        {
          name: '十一小更新の計画的な体制整備',
        },
        {
          name: '地域コミュニティ施設の管理・運営形態・利用ルールの整理',
        },
      ],
      scheduleText: '公表周知 基本計画 基本設計・実施設計・体制整備 運用・ルールの整理',
      reports: {
        '2023': {
          planned: [
            '新たな地域コミュニティ拠点の最初のモデルケースとなる(仮称)十一小地区交流センターを含む複合施設の基本設計(令和 6~7 年度ころ想定)に並行して、地域コミュニティ施設の管理・運営体制、利用ルール等の整理を行っていく必要があるため、関係課で意見交換・検討を進める。',
          ],
          results: [
            '新たな地域コミュニティ拠点の最初のモデルケースとなる(仮称)十一小地区交流センターを含む複合施設の基本設計方針を策定した。',
          ],
          issues: [
            '新たな地域コミュニティ拠点の最初のモデルケースとなる(仮称)十一小地区交流センターを含む複合施設の基本設計(令和 6~7 年度ころ想定)に並行して、地域コミュニティ施設の管理・運営形態、利用ルール等の整理を行っていく必要があるため、関係課で意見交換・検討を進める。',
          ],
          rating: 'A',
          notes: [
            'The 課題・改善点 repeat the 当初予定 almost word for word (管理・運営体制 in the plan, 管理・運営形態 in the issues); as printed.',
          ],
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '公表周知 基本計画 基本設計・実施設計・体制整備 運用・ルールの整理' for 3 action items; the extraction lost the column boundaries, so neither the item nor the fiscal year of each entry is certain. The program's scheduleText holds the whole cell as printed.",
      ],
    },
    {
      id: 'p5',
      number: 5,
      display: '⑤',
      name: '民間事業者の活用の拡大',
      kind: 'implementation',
      direction: 'd1',
      approaches: [
        '民間の専門知識やノウハウなどを活用できる業務の内容等を確認、様々な分野で民間事業者を活用したサービスの向上及び効率化・安定化',
        '給食調理業務委託を大沼保育園で実施し、小川西保育園で実施を目指す(令和3年4月1日現在:0園)',
      ],
      actionItems: [
        {
          name: '多様な分野への民間事業者活用の拡大',
        },
        {
          name: '公立保育園給食調理業務の効率化・安定化',
        },
      ],
      scheduleText: '対象事業抽出 選定・実施 検討・説明・実施',
      kpis: [
        {
          id: 'p5-catering',
          name: '給食調理業務委託',
          unit: '園',
          baseline: { value: 0, asOf: '2021-04-01' },
          target: {
            kind: 'milestone',
            due: '2024-01',
            description: '小川西保育園において、給食調理業務委託を実施',
          },
          period: { start: 2021, end: 2024 },
          observations: [
            {
              fiscalYear: 2023,
              milestone: { done: true, on: '2024-01' },
              source:
                '公立保育園給食調理業務の効率化・安定化に向け、令和 6 年 1 月から小川西保育園において、給食調理業務委託を開始した。',
            },
          ],
          notes: [
            "Named with the text's words 給食調理業務委託 (the text has no phrase 公立保育園給食調理業務委託); the approach reads 給食調理業務委託を大沼保育園で実施し、小川西保育園で実施を目指す(令和3年4月1日現在:0園).",
            'The due month 2024-01 comes from the FY2023 plan (令和6年1月から小川西保育園において、給食調理業務委託を実施する); the plan period itself sets no date.',
            'When the 大沼保育園 contract started is not in the text.',
          ],
        },
      ],
      reports: {
        '2023': {
          planned: [
            '個別施設の運営に係る民間事業者の参入に向け、公民連携手法の活用を視野に入れた導入可能性の調査を進める。',
            '公立保育園給食調理業務の効率化・安定化に向け、令和6年1月から小川西保育園において、給食調理業務委託を実施する(1 園)。',
          ],
          targets: ['令和6年1月から小川西保育園において、給食調理業務委託を実施する(1 園)。'],
          results: [
            'No.8「事業の精査と見直し」の取組との関連で検討を開始した、市営屋外プールのあり方について、公民連携手法を導入する場合の事業範囲及びスキームに関する事業者対話を実施するなど、活用拡大に向けた研究を行った。',
            '公立保育園給食調理業務の効率化・安定化に向け、令和 6 年 1 月から小川西保育園において、給食調理業務委託を開始した。',
          ],
          issues: [
            '民間事業者の活用にあたっては、コストメリットを得られるか、サービス向上につながるかなどを総合的に勘案する必要がある。事業の性質等に応じて一定の類型化を行い、判断指標を定立していくことが有効であると考えられ、引き続き研究を要する。',
            '今後も公立保育園給食調理業務の効率化・安定化を図っていく。',
          ],
          rating: 'A',
          notes: [
            'planned keeps every bullet of the 当初予定 column whole, as printed; targets repeats the 設定目標 sentences found in it, with the 前年度末の状況 in parentheses where printed.',
            'Whether (1 園) in the target is the target count or the 前年度末の状況 is not certain: it stands before the 。, where the other programs print the 前年度末の状況 after it.',
          ],
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '対象事業抽出 選定・実施 検討・説明・実施' for 2 action items; the extraction lost the column boundaries, so neither the item nor the fiscal year of each entry is certain. The program's scheduleText holds the whole cell as printed.",
      ],
    },
    {
      id: 'p6',
      number: 6,
      display: '⑥',
      name: '指定管理者制度の推進',
      kind: 'implementation',
      direction: 'd1',
      approaches: [
        'これまでの導入事例検証を踏まえ、制度活用の考え方を再度整理したうえ制度の拡大',
        '小川駅西口地区再開発に伴う公共施設での制度導入の検討',
        '4年間で1施設以上の指定管理者制度導入を目指す(令和3年4月1日現在:合計48施設)',
      ],
      actionItems: [
        { name: '指定管理者制度活用方針の改定' },
        { name: '小川駅西口公共施設への指定管理者制度導入検討' },
      ],
      kpis: [
        {
          id: 'p6-designated',
          name: '指定管理者制度導入',
          unit: '施設',
          baseline: { value: 48, asOf: '2021-04-01' },
          target: { kind: 'change', amount: 1, by: 2024 },
          period: { start: 2021, end: 2024 },
          notes: [
            "Named with the text's words (4年間で1施設以上の指定管理者制度導入を目指す(令和3年4月1日現在:合計48施設)); the KPI counts the facilities under the 指定管理者制度.",
            'No facility count for FY2023: the text says the introduction was decided (導入を検討・決定した / 導入を決定した), not that facilities came under the system, so there is no observation.',
          ],
        },
      ],
      reports: {
        '2023': {
          planned: [
            '小川駅西口新公共施設への指定管理者制度導入に向けて、令和4年度に示した方向性の内容を踏まえ、令和6年度の規定整備に向けて具体的な検討を進める。',
          ],
          results: [
            '小川駅西口新公共施設への指定管理者制度導入に向けて、令和4年度に示した方向性の内容を踏まえ、関係団体等との意見交換を行い、「小川駅西口新公共施設等の管理運営に係る概要事項」を作成・公表した。',
            '鷹の台公園のほか、中央公園等を含めた市南西部地域の90を超える公園、及び同地域内にある中央公園の市民総合体育館、グラウンド、テニスコート、上水公園のテニスコート、きつねっばら公園子どもキャンプ場、ふれあい下水道館を対象施設とした指定管理者制度の導入を検討・決定した。',
          ],
          issues: [
            '小川駅西口新公共施設では、複数の機能を一体的に委ねる想定である為、共同企業体の可否など公募方法を検討する必要がある。',
            '鷹の台公園及び中央公園で導入を予定している公募設置管理制度(Park-PFI)と指定管理者制度の関係を整理する必要がある(公募や審査方法など)。',
          ],
          rating: 'S',
          reasons: [
            '小川駅西口新公共施設への指定管理者制度導入に向けて、「小川駅西口新公共施設等の管理運営に係る概要事項」を公表した。',
            '市南西部地域の94の公園、その他各種施設を対象とした包括的な指定管理者制度の導入を決定した。',
            'プログラムの取組項目として掲げた小川駅西口公共施設以外に、エリア包括的な指定管理という新たな取組による導入を決定したため。',
          ],
          nextSteps: ['指定管理者の募集手続等を進める。'],
          notes: [
            'reasons and nextSteps come from the 【参考】 table of programs ahead of plan (予定以上に進捗したプログラム). Its column 取組内容・要因 holds what was done (the first two bullets) and the cause (the third, ending ため).',
            'The 【参考】 table says 市南西部地域の94の公園; the results say 市南西部地域の90を超える公園. Both kept as printed.',
            'The results print きつねっばら公園子どもキャンプ場; the park is likely きつねっぱら公園 (ば for ぱ may be an extraction or print error). Kept as printed.',
          ],
        },
      },
      notes: [
        'The schedule cells (年度スケジュール, R3–R5 columns) are empty in the extraction: the schedule of this program was lost, so its action items have no schedule.',
        "In this row the extraction wrapped each cell in a <ul> tag and dropped the bullet markers (・); entries are split at the spaces between them (in these rows the extraction has spaces only between entries, e.g. '令和5年度', '4年間で1施設' are printed without inner spaces).",
        'The plan-level KPI has no FY2023 count: the text reports decisions to introduce the system, not a number of facilities.',
      ],
    },
    {
      id: 'p7',
      number: 7,
      display: '⑦',
      name: '使用料・手数料の見直し',
      kind: 'implementation',
      direction: 'd2',
      approaches: [
        '集会施設等の使用料の社会情勢を注視した見直し検討',
        '保育料及び学童クラブ費の見直しや、駐車場の利用者負担の検討・実施',
        '使用料・手数料について、定期的に見直しを行うことができる仕組みの構築検討',
      ],
      actionItems: [
        { name: '集会施設等の適正な料金設定等' },
        { name: '保育料見直し' },
        { name: '学童クラブ費見直し' },
        { name: '定期的な見直しの仕組み検討' },
        { name: '駐車場の利用者負担の検討・実施' },
      ],
      reports: {
        '2023': {
          planned: [
            'コロナ禍や物価高騰等の市民生活への影響を踏まえ、集会施設等の使用料の見直しの検討については、令和5年度は引き続き凍結とし、再開時期は社会・経済情勢等を見きわめながら改めて検討する。',
            '使用料・手数料について、定期的に見直しを行うことができる仕組みの構築を引き続き検討する。',
            '保育料について、国や東京都からの法改正等の通知と他市の動向等を注視していく。',
            '学童クラブ費の見直しについて、令和6年4月1日実施に向けたスケジュール策定、クラブ費改定幅の検討、資料の作成などを行う。',
            '駐車場利用者負担の検討対象候補施設における収益性の確認等を進める。',
          ],
          results: [
            '集会施設等の使用料の見直しの検討については、物価高騰等の市民生活への影響を踏まえ、令和5年度は引き続き凍結とした。',
            '使用料・手数料については、令和5年5月に、各課の実態を把握するためのアンケート調査を実施し、課題の抽出・整理を行った。',
            '保育料について、保育料歳入の国基準額に対する市基準額の割合を算出し、市民税所得割額に応じた保育料額を類似団体及び近隣市と比較し、保育料改定の実施検討を行った。',
            '学童クラブ費の見直しについて、令和5年度は、学童クラブ費についての設問を含む保護者アンケートを実施するなど、検討を進め、令和7年4月1日から月額1,000円増の改定とすることとした。条例改正は、令和6年度に行う。',
            '駐車場の利用者負担の検討対象施設について、実地調査や収支の試算を行い、有料化を可とする施設を決定した。',
          ],
          issues: [
            '物価高騰等の市民生活への影響やコロナ禍のもと低下した施設の利用率の動向などを踏まえ、集会施設等の使用料の見直しの検討再開については、社会・経済情勢等を見極めながら検討する必要がある。',
            '使用料・手数料を定期的に見直すことができる仕組みの構築については、直近の原価に基づく料金の算出方法や、見直しをする周期、激変緩和措置等を引き続き、検討する必要がある。',
            '保育料改定を実施する場合は、条例改正及び説明会の実施等の市民への周知を行う必要がある。',
            '学童クラブ費については、定期的な見直しを検討する必要がある。',
            '駐車場個別の状況を踏まえた精査・調整を要する。',
          ],
          rating: 'B',
          reasons: [
            '公共施設附帯駐車場の利用者負担に関し有料化を可とする施設を決定するなど、取組を進めた。',
            '学童クラブ費の見直しについて、当初予定より1年後ろ倒しとした。',
            '学童クラブ費を改定するにあたっては、改定後の学童クラブ費を保護者に周知する時期を、年度当初入会申込みを案内する時期と合わせることにしたため。',
          ],
          nextSteps: ['学童クラブ費改定に向けて既に条例を改正しており、令和7年4月1日から実施する。'],
          notes: [
            'reasons and nextSteps come from the 【参考】 table of programs behind plan (予定よりも遅れているプログラム). Its column 取組内容・要因 holds what was done (the first two bullets) and the cause (the third, ending ため).',
            'The results say 条例改正は、令和6年度に行う。 while the 【参考】 nextSteps say 学童クラブ費改定に向けて既に条例を改正しており: the document contradicts itself (or the 【参考】 table was written later). Both kept as printed.',
          ],
        },
      },
      notes: [
        'The schedule cells (年度スケジュール, R3–R5 columns) are empty in the extraction: the schedule of this program was lost, so its action items have no schedule.',
        "In this row the extraction wrapped each cell in a <ul> tag and dropped the bullet markers (・); entries are split at the spaces between them (in these rows the extraction has spaces only between entries, e.g. '令和5年度', '4年間で1施設' are printed without inner spaces).",
      ],
    },
    {
      id: 'p8',
      number: 8,
      display: '⑧',
      name: '事業の精査と見直し',
      kind: 'implementation',
      direction: 'd2',
      approaches: [
        '公共施設の管理運営も含めた既存事業について、客観的な指標を用いて検証',
        '「最小の経費で最大の効果」「組織及び運営の合理化」を基本的な考え方とし、見直し対象事業を抽出、統廃合・縮小・代替案への転換等に向けて取り組む',
      ],
      actionItems: [
        { name: '公共施設の効率的な運営方法の検討' },
        { name: '事務事業の見直し' },
        { name: '抜本的な事業の見直し' },
      ],
      reports: {
        '2023': {
          planned: [
            '情報収集等を行ってきた公共施設について、庁内調整を進め、運用方法の見直しに向けた大筋の方向性をまとめる。',
            '令和3年度の取組で抽出した事務事業の見直し対象事業について、進捗状況を確認し、見直しに向けた調整等を継続する。',
            '大きな財政効果をあげるための抜本の見直しに向けて、個別事業に関するヒアリング等による情報収集を行うとともに、全体的な取り組み方を整理する。',
          ],
          results: [
            '不特定多数の市民等の利用に供する公共施設を対象とし、データ収集や分析結果のまとめを行った。',
            '行政評価を用いた事業見直しの枠組みにより抽出した事業について、縮小等に向けた調整を進めた。',
            '抜本的な事業の見直しの足掛かりとなるよう、公共施設の効率的な運営方法検討の一環として、サービスの集約等の可能性に関する視点からの考察を行った。',
          ],
          issues: [
            '公共施設においては、時間帯により利用人数の差がみられ、実態に応じた見直し検討を進める。',
            '令和3年度に見直し対象として取り上げた事業について、仕分け提案を踏まえた個別調整が必要であり、引き続き協議していく。',
            'より大きな効果をあげるためには、多額の経費を要する事業の抜本の見直しも必要であり、考え方を整理していく。',
          ],
          rating: 'A',
        },
      },
      notes: [
        'The schedule cells (年度スケジュール, R3–R5 columns) are empty in the extraction: the schedule of this program was lost, so its action items have no schedule.',
        "In this row the extraction wrapped each cell in a <ul> tag and dropped the bullet markers (・); entries are split at the spaces between them (in these rows the extraction has spaces only between entries, e.g. '令和5年度', '4年間で1施設' are printed without inner spaces).",
      ],
    },
    {
      id: 'p9',
      number: 9,
      display: '⑨',
      name: '公有財産の売り払い及び貸付',
      kind: 'implementation',
      direction: 'd2',
      approaches: [
        '市民共有の財産である公有財産の適切な売り払いや貸付などにより、歳入の確保や歳出の削減',
        '公有財産の売り払いにより毎年2千万円以上の収入を目指す',
      ],
      actionItems: [{ name: '普通財産の売り払い' }, { name: '財産の新規貸付' }],
      kpis: [
        {
          id: 'p9-sales',
          name: '公有財産の売り払い',
          unit: '円',
          target: { kind: 'annual', value: 20000000 },
          period: { start: 2021, end: 2024 },
          observations: [
            {
              fiscalYear: 2023,
              value: '604701094',
              source:
                '令和5年度は普通財産の売り払いとして、30件、604,701,094円(うち3件、563,203,860円は、市立保育園の民間移行に伴うもの)の収入があった。',
            },
          ],
          notes: [
            'The target is printed as 公有財産の売り払いにより毎年2千万円以上の収入を目指す (2千万円 = 20,000,000円); the KPI measures the income (収入) from the sales.',
            'The FY2023 actual, 604,701,094円 from 30 sales, includes 3 sales (563,203,860円) due to the transfer of municipal nurseries to private operators (市立保育園の民間移行).',
          ],
        },
      ],
      reports: {
        '2023': {
          planned: ['引き続き、普通財産の売り払いや財産の貸付を進める。'],
          results: [
            '令和5年度は普通財産の売り払いとして、30件、604,701,094円(うち3件、563,203,860円は、市立保育園の民間移行に伴うもの)の収入があった。このうち、令和元年度から売り払いを実施しているごみ集積所跡地は21件、5,763,812円であった。',
            'ごみ集積所跡地の売り払いを促進するため、市報での周知を行った(資源循環課が実施)。',
            'このほか、13件の有償貸付を行った。',
          ],
          issues: [
            'ごみ集積所跡地の売り払い件数が年々減少傾向であるため、売り払いのための周知方法の工夫や、隣接土地所有者への積極的な働きかけなどを行う必要がある。',
          ],
          rating: 'A',
        },
      },
      notes: [
        'The schedule cells (年度スケジュール, R3–R5 columns) are empty in the extraction: the schedule of this program was lost, so its action items have no schedule.',
        "In this row the extraction wrapped each cell in a <ul> tag and dropped the bullet markers (・); entries are split at the spaces between them (in these rows the extraction has spaces only between entries, e.g. '令和5年度', '4年間で1施設' are printed without inner spaces).",
      ],
    },
    {
      id: 'p10',
      number: 10,
      display: '⑩',
      name: '公共施設の将来配置に関する理解促進',
      kind: 'implementation',
      direction: 'd2',
      approaches: [
        '平成27年に策定した「小平市公共施設マネジメント基本方針」に掲げる「いつまでもわくわくする場をみんなで創ろう」という基本理念のもと、市制施行100周年(2062年)における公共施設の適正配置の取組について、市民とビジョンを共有',
      ],
      actionItems: [{ name: '小平市公共施設マネジメント推進計画(2022-2031)の策定及び説明会の実施' }],
      reports: {
        '2023': {
          planned: [
            '公共施設マネジメント推進計画や公共施設の適正配置について、市ホームページに掲載するとともに、個別施設の更新等に係る情報提供等の機会を捉え、情報を発信していく。',
          ],
          results: [
            '公共施設マネジメント推進に関する進捗状況や施設の更新等の判断について、市ホームページや市報で公表した。',
            '中央エリアの整備に関する説明会やワークショップ、オープンハウスを開催し、開催後には公共施設マネジメントニュースを発行して、情報を発信した。また、出前講座の対応も実施した。',
          ],
          issues: [
            '公共施設マネジメント推進計画や公共施設の適正配置について、市ホームページに掲載するとともに、引き続き個別施設の更新等に係る情報提供等の機会を捉え、情報を発信していく必要がある。',
          ],
          rating: 'A',
        },
      },
      notes: [
        'The schedule cells (年度スケジュール, R3–R5 columns) are empty in the extraction: the schedule of this program was lost, so its action items have no schedule.',
        "In this row the extraction wrapped each cell in a <ul> tag and dropped the bullet markers (・); entries are split at the spaces between them (in these rows the extraction has spaces only between entries, e.g. '令和5年度', '4年間で1施設' are printed without inner spaces).",
      ],
    },
    {
      id: 'p11',
      number: 11,
      display: '11',
      name: '庁内会議の合理化',
      kind: 'implementation',
      direction: 'd3',
      approaches: [
        '庁内会議におけるオンラインツール等の活用を検討',
        '現行会議の実施状況などを検証、運営方法の適正化',
      ],
      actionItems: [{ name: '庁内会議の運営方法の適正化', scheduleText: '実施' }],
      reports: {
        '2023': {
          planned: [
            '会議録作成支援ツールについて、効果的な活用方法等を検証しつつ、運用を継続する。',
            '令和4年度に作成した庁内会議チェックポイントの活用を促すとともに、個別会議の運営状況等の捕捉と合理化に向けた調整を継続する。',
          ],
          results: [
            '音声認識技術による会議録作成支援ツールについて、令和5年度から本格運用を開始した。',
            '個別会議の運営状況に関する情報収集等に継続して取り組んだ。',
          ],
          issues: [
            '会議録作成支援ツールは、会議の運営形態や求められる精度によっては、即時的な効果が見込めない場合もあり、他の方法との使い分けも必要と考えられる。',
            '職員の会議に対するコスト意識を高める取組が必要であり、機を捉えた働きかけを継続的に行う必要がある。',
          ],
          rating: 'A',
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '実施' for the one action item; the extraction lost the column boundaries, so the fiscal year(s) each entry belongs to are not certain. The item's scheduleText holds the cell as printed.",
      ],
    },
    {
      id: 'p12',
      number: 12,
      display: '12',
      name: '文書の電子化・ペーパーレス化',
      kind: 'implementation',
      direction: 'd3',
      approaches: [
        '内部事務における押印の見直しとともに、文書管理システムによる電子決裁の対象範囲拡大',
        '意識啓発を含め、会議でのペーパーレス化及び冊子等の電子化',
        '4年間で電子決裁対象文書の電子決裁率90%以上を目指す(令和3年4月1日現在:62.3%)',
      ],
      actionItems: [
        { name: '電子決裁対象範囲の拡大及び電子決裁率の向上' },
        { name: '会議のペーパーレス化、印刷物の見直し' },
      ],
      scheduleText: '実施 検討',
      kpis: [
        {
          id: 'p12-e-approval',
          name: '電子決裁対象文書の電子決裁率',
          unit: '%',
          baseline: { value: '62.3', asOf: '2021-04-01' },
          target: { kind: 'level', value: 90, by: 2024 },
          yearTargets: { '2023': 85 },
          period: { start: 2021, end: 2024 },
          observations: [
            { fiscalYear: 2023, value: '73.9', asOf: '2024-03-31', source: '令和5年度末での電子決裁率73.9%' },
          ],
          notes: ['The FY2023 year target 85 is the 設定目標 電子決裁率85%を目指す。'],
        },
      ],
      reports: {
        '2023': {
          planned: [
            '電子決裁の対象拡大を実施し、文書管理システムによる公文書管理を進める。',
            '会議における印刷物の見直しの検討に併せて、ペーパーレス化の可否について検討する。',
            '市ホームページにペーパーレス化した刊行物等を格納する刊行物ライブラリーを創設し、更新等のルールづくりを行う。',
            '電子決裁率85%を目指す。',
          ],
          targets: ['電子決裁率85%を目指す。'],
          results: [
            '令和5年11月から試行として、電子決裁の対象拡大を実施し、電子決裁の利用推進を図った。',
            'LGWAN 接続系端末について無線化に向けた検討や実証実験を行った。試験的に庁議室の無線化設定を行い、庁議の際のペーパーレス化及び理事者用端末の有効活用を図った。',
            '令和4年度に創設した刊行物ライブラリーのページ更新を実施した。半年に一度の定期更新のルールを整理した。',
            '令和5年度末での電子決裁率73.9%',
          ],
          issues: [
            '試行により実施した電子決裁の対象拡大の内容について、課題等を整理し、改めて電子決裁の運用ルールを定め、文書管理システムによる公文書管理を進める。',
            '試行により実施した無線化について、発生した事象や課題を整理し、関係課と調整のうえ、無線化対象範囲を拡大していく。',
            '市が作成する図書等の発生状況には変動があり、適時の更新を継続的に行う必要がある。',
          ],
          rating: 'B',
          reasons: [
            'LGWAN 接続系端末の無線化の実証実験や刊行物ライブラリーの運用等を行った。',
            '電子決裁の対象拡大に試行的に取り組んだが、電子決裁率の向上は微増にとどまった。',
            '電子決裁を促す取組は適宜行っているものの、庁内理解が浸透する取組として十分でないため。',
          ],
          nextSteps: ['電子決裁率が低い課に対し、個別に原因の究明や決裁率向上のための支援を行う。'],
          notes: [
            'planned keeps every bullet of the 当初予定 column whole, as printed; targets repeats the 設定目標 sentences found in it, with the 前年度末の状況 in parentheses where printed.',
            'reasons and nextSteps come from the 【参考】 table of programs behind plan (予定よりも遅れているプログラム). Its column 取組内容・要因 holds what was done (the first two bullets) and the cause (the third, ending ため).',
          ],
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '実施 検討' for 2 action items; the extraction lost the column boundaries, so neither the item nor the fiscal year of each entry is certain. The program's scheduleText holds the whole cell as printed.",
      ],
    },
    {
      id: 'p13',
      number: 13,
      display: '13',
      name: 'DXの推進(システムの標準化・共同化の推進)',
      kind: 'implementation',
      direction: 'd3',
      approaches: [
        '住民情報システムの自治体クラウド化により、導入・維持管理の費用削減、制度改正や更新時の負担軽減',
        '4年間で上記による経常経費の削減率20%以上を目指す',
        '国が進める情報システム標準化・共同化とガバメントクラウド移行準備、手続や帳票の標準化・共同化検討',
      ],
      actionItems: [
        {
          name: '東村山市・東久留米市との住民情報システムの自治体クラウド化',
        },
        { name: '事務手続、帳票類の標準化・共同化' },
        { name: '情報システムの標準化・共同化' },
      ],
      scheduleText: '構築 実施 検討 検討・準備',
      kpis: [
        {
          id: 'p13-costs',
          name: '住民情報システムの自治体クラウド化による経常経費',
          unit: '円',
          direction: 'lower',
          baseline: {
            note: 'The text gives no baseline value (nor the date or year the reduction is measured from).',
          },
          target: { kind: 'rate', percent: 20, by: 2024 },
          period: { start: 2021, end: 2024 },
          notes: [
            'The target is printed as 4年間で上記による経常経費の削減率20%以上を目指す and, for FY2023, 令和6年度までの間、住民情報システムの自治体クラウド化による経常経費の削減率20%以上を目標に、削減率の検証をする。',
            'The text gives neither the costs nor the reduction rate for FY2023: no observation.',
          ],
        },
      ],
      reports: {
        '2023': {
          planned: [
            '令和6年度までの間、住民情報システムの自治体クラウド化による経常経費の削減率20%以上を目標に、削減率の検証をする。',
            '国が進める各システムの標準化について、令和7年度末までの円滑な移行のため、「情報システムの標準化・共同化」の部会やWT等の推進体制において、移行スケジュールの作成・確認、標準仕様書における業務フローと現行の事務手順との差異の分析等を行い、準備を進める。また、事務手続、帳票類の標準化・共同化についても引き続き検討する。',
          ],
          targets: [
            '令和6年度までの間、住民情報システムの自治体クラウド化による経常経費の削減率20%以上を目標に、削減率の検証をする。',
          ],
          results: [
            '標準化について、令和5年度において、コンサルティング会社との業務委託により、3市共同利用の基幹業務システム、個別業務システムの標準化移行計画を策定した。「情報システムの標準化・共同化」の部会やWT等の推進体制における基幹業務システム、個別に契約している業務システムについて課題管理表を通じたFit & Gap分析やベンダ意向調査等を行った。また業務ごとにWGを設置し、LoGoチャット等を用いて情報共有を図る体制を確立した。',
          ],
          issues: [
            '5年度に策定した標準化移行計画の中で、Fit & Gap分析で把握した各種課題について、システムの機能・様式等の変更に伴う運用の見直しや、システム改修等に係る予算措置、人員配置、条例・規則、要綱等の改正の必要性等があることや、標準システムを構築・利用するガバメントクラウドへの接続開始時期との関係で、構築業務のスケジュールが遅れないようにすることへの対応、クラウド利用料、標準システムの構築費用、運用保守費用等を各ベンダに確認し、国の動向を注視しつつ、検討していく。',
          ],
          rating: 'A',
          notes: [
            'planned keeps every bullet of the 当初予定 column whole, as printed; targets repeats the 設定目標 sentences found in it, with the 前年度末の状況 in parentheses where printed.',
          ],
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '構築 実施 検討 検討・準備' for 3 action items; the extraction lost the column boundaries, so neither the item nor the fiscal year of each entry is certain. The program's scheduleText holds the whole cell as printed.",
      ],
    },
    {
      id: 'p14',
      number: 14,
      display: '14',
      name: 'DXの推進(オンライン申請等への対応)',
      kind: 'implementation',
      direction: 'd3',
      approaches: [
        'オンライン申請による手続の拡充やマイポータル等の活用を検討、各種証明書のコンビニエンスストア等での交付を実施',
        '申請等のオンライン化で前年度実績以上を目指す(令和2年度実績:電子申請サービス18手続、マイポータル(ぴったりサービス)1手続)',
      ],
      actionItems: [
        { name: 'オンライン申請による手続の拡充' },
        { name: 'マイポータル等の活用' },
        {
          name: '各種証明書コンビニエンスストア交付システムの構築、実施',
        },
      ],
      scheduleText: '対象選定 検討 実施・検討 構築 実施',
      kpis: [
        {
          id: 'p14-online',
          name: '電子申請サービス',
          unit: '手続',
          baseline: { value: 18, fiscalYear: 2020, note: '令和2年度実績' },
          target: { kind: 'no-worse' },
          period: { start: 2021, end: 2024 },
          notes: [
            'The number of procedures offered through the 電子申請サービス (令和2年度実績:電子申請サービス18手続); the target is 申請等のオンライン化で前年度実績以上を目指す.',
            'No total for FY2023 in the text: the 24手続 of the results are the 子育て・介護 procedures accepted through マイナポータル, not the 電子申請サービス total. No observation.',
          ],
        },
        {
          id: 'p14-myportal',
          name: 'マイポータル(ぴったりサービス)',
          unit: '手続',
          baseline: { value: 1, fiscalYear: 2020, note: '令和2年度実績' },
          target: { kind: 'no-worse' },
          period: { start: 2021, end: 2024 },
          notes: [
            'The name is printed マイポータル (ぴったりサービス); the FY2023 plan and results write マイナポータル. Kept as printed.',
            'The results say 24 of the 26 子育て・介護 procedures became available through マイナポータル, but the text gives no total count of procedures for FY2023, and 令和5年2月 (when the 転出・転入 one-stop service started) lies in FY2022. No observation.',
          ],
        },
      ],
      reports: {
        '2023': {
          planned: [
            '国の整備状況を注視し、マイナポータル、ぴったりサービスのさらなる活用について、引き続き検討を進めるとともに、マイナポータル以外にも複数のオンライン申請サービスも活用して、対象手続を拡充する。',
          ],
          results: [
            '「自治体の行政手続のオンライン化」において、マイナポータルでの申請受付を可能とする基盤を構築し、令和5年2月に転出・転入手続のワンストップを開始。子育て・介護関連26手続のうち小平市で該当の24手続に関して、受付を開始した。',
            'LoGoフォームの本格運用を開始し、各種イベントの参加申込や市民向けアンケートに活用している。',
            'LINEによる公園・道路等の不具合通報の受付を開始した。',
          ],
          issues: [
            '国の整備状況を注視し、マイナポータル、ぴったりサービスのさらなる活用について、引き続き検討を進める。また、LoGoフォームやLINEを活用したオンライン申請についても対象手続を拡充する。',
          ],
          rating: 'A',
          notes: [
            'The results column is これまでの取組実績 (results so far): 令和5年2月 (the start of the 転出・転入 one-stop service) lies in FY2022.',
          ],
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '対象選定 検討 実施・検討 構築 実施' for 3 action items; the extraction lost the column boundaries, so neither the item nor the fiscal year of each entry is certain. The program's scheduleText holds the whole cell as printed.",
      ],
    },
    {
      id: 'p15',
      number: 15,
      display: '15',
      name: 'DXの推進(ICT活用による内部事務の効率化)',
      kind: 'implementation',
      direction: 'd3',
      approaches: [
        '定型作業を自動化できるRPAなどのICTの導入効果が見込まれる業務の洗い出しを進め、業務を効率化',
        '1年に1業務以上、ICTを活用した業務を拡大',
      ],
      actionItems: [{ name: '庁内における導入事例及び効果の共有' }, { name: '対象業務の抽出及び導入' }],
      scheduleText: '実施 実施・検証・拡大',
      kpis: [
        {
          id: 'p15-ict',
          name: 'ICTを活用した業務',
          unit: '業務',
          target: { kind: 'count', value: 1 },
          period: { start: 2021, end: 2024 },
          notes: [
            'The target is printed as 1年に1業務以上、ICTを活用した業務を拡大.',
            'FY2023: the text describes a 生成AI trial (started in July, extended to all divisions from 令和6年1月) but states no count of 業務: no observation.',
          ],
        },
      ],
      reports: {
        '2023': {
          planned: [
            'RPAなどのICTの導入事例・効果について、庁内で共有を進める。',
            'ICT活用による業務効率化に向けて対象業務の洗い出しと、所管課における適切な情報共有を行い、費用対効果を勘案して、活用範囲の拡大を図る。',
          ],
          results: [
            '令和5年度においては、7月に生成AIの試行運用を開始し、WGにて活用方法について研究し、その結果を庁内で共有した。令和6年1月より試行運用の範囲を全課に拡大したほか、「小平市生成AI利用ガイドライン」を作成した。',
          ],
          issues: [
            '生成AIやRPAなどのICTの導入事例・効果について、庁内で共有を進める。',
            'ICT活用による業務効率化に向けて対象業務の洗い出しと、所管課における適切な情報共有を行い、費用対効果を勘案して、活用範囲の拡大を図る。',
          ],
          rating: 'A',
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '実施 実施・検証・拡大' for 2 action items; the extraction lost the column boundaries, so neither the item nor the fiscal year of each entry is certain. The program's scheduleText holds the whole cell as printed.",
      ],
    },
    {
      id: 'p16',
      number: 16,
      display: '16',
      name: '組織整備及び職員定数の適正管理',
      kind: 'implementation',
      direction: 'd3',
      approaches: [
        '社会ニーズや課題に柔軟に対応した組織の再編を行うとともに、業務内容に応じた任用形態を適用しながら職員を適正配置',
        '定年引上げを踏まえた中長期的な考え方による適正な定員管理',
        '役職定年制を見据えた課長補佐職、係長職に係る職制の整理',
      ],
      actionItems: [{ name: '組織再編の検討・職の整理' }, { name: '職員定数の適正管理' }],
      scheduleText: '検討 実施 実施',
      kpis: [
        {
          id: 'p16-staff',
          name: '職員定数',
          unit: '人',
          target: { kind: 'monitor' },
          period: { start: 2021, end: 2024 },
          observations: [{ fiscalYear: 2024, value: 961, source: '令和6年度職員定数を961人とした。' }],
          notes: [
            'The plan sets no numeric target; the FY2024 quota of 961 was set during FY2023 (reported at the end of 令和5年度).',
          ],
        },
      ],
      reports: {
        '2023': {
          planned: [
            '新たな行政需要に対応するための組織再編の検討を行う。',
            '市民サービスの維持・向上を図ることを基本に、令和4年度にまとめた中長期的な定員管理の考え方のもと、適正な定員管理を行うとともに、民間活力の活用などの拡大を推進する。',
            '令和5年度から段階的に進められる定年延長、役職定年制に対応できるよう、組織整備と連動した職の整理を進めるとともに、関係例規等の整備を行う。',
          ],
          results: [
            '公共施設の更新や個別の業務量の増加などに対応するため、組織体制の見直しや担当の増員を行った。',
            '持続可能な組織体制の構築に向けて、令和5年度以降の定員管理の考え方に基づき、業務の見直しや事業終了による減員、常勤職員外への置き換え、外部人材の活用などと合わせた定員管理を行った。',
            '職制の見直しについて、現行の職制における課題の解決に向けた考え方の整理を進めた。',
            '令和6年度職員定数を961人とした。',
          ],
          issues: [
            '行政需要は絶えず変化しており、組織体制の整備について不断の検討が必要である。',
            '効率的・効果的な組織づくりを進めるため、民間事業者その他の地域資源やICTの活用の研究を並行して進める。',
            '定年の引上げに合わせて管理監督職勤務上限年齢が定められ、職層の構成にも大きく影響する。これを契機とし、複雑多様化する行政課題にスピーディーに対応できる業務執行体制を構築することが求められる。',
          ],
          rating: 'A',
        },
      },
      notes: [
        "The schedule cell (年度スケジュール, R3–R5 columns) reads '検討 実施 実施' for 2 action items; the extraction lost the column boundaries, so neither the item nor the fiscal year of each entry is certain. The program's scheduleText holds the whole cell as printed.",
        'The action item 組織再編の検討・職の整理 may be two items (組織再編の検討, 職の整理) whose bullet marker was lost, or one; kept as one, as printed. The schedule cell has three entries for the two items.',
      ],
    },
  ],
} satisfies Plan);
