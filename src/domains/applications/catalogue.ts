/* The 申报书's fixed lists, free of any schema library so the browser can use them as they are. */

/**
 * 经费预算科目. `national` are the categories of the 2021 reform of central research funds (国办发〔2021〕32号):
 * 设备费, 业务费, 劳务费 as direct costs, and 间接费用. `itemised` are the older detailed categories many
 * provincial and municipal programmes still ask for.
 */
export const budgetCategories = {
  national: ['equipment', 'business', 'labour', 'indirect'],
  itemised: [
    'equipment',
    'materials',
    'testing',
    'fuel',
    'travel_meeting',
    'publication_ip',
    'labour',
    'consultancy',
    'other',
    'indirect',
  ],
} as const;
export type BudgetScheme = keyof typeof budgetCategories;
export const budgetSchemes = ['national', 'itemised'] as const;
export const allBudgetCategories = [...new Set([...budgetCategories.national, ...budgetCategories.itemised])] as const;
export type BudgetCategory = (typeof allBudgetCategories)[number];

/** 资金来源: 申请财政资金, 自筹, 其他. */
export const budgetSources = ['fiscal', 'self', 'other'] as const;
export type BudgetSource = (typeof budgetSources)[number];

/** 申报书's narrative sections (研究内容, 技术路线, 创新点, 预期目标). */
export const textSections = ['content', 'route', 'innovation', 'goals'] as const;
export type TextSection = (typeof textSections)[number];

/** 绩效目标: the output indicators an application promises, each with its unit. */
export const indicatorKinds = {
  invention_patents: '件',
  granted_patents: '件',
  software_copyrights: '件',
  papers: '篇',
  standards: '项',
  new_products: '个',
  new_varieties: '个',
  demonstration_bases: '个',
  revenue: '万元',
  profit_tax: '万元',
  jobs: '人',
  talents: '人',
  other: '',
} as const;
export type IndicatorKind = keyof typeof indicatorKinds;
export const indicatorKindList = Object.keys(indicatorKinds) as [IndicatorKind, ...IndicatorKind[]];

/** The step that will not be taken until the stamped 申报书 (盖章件) matching the submitted version is uploaded. */
export const stampedCopySteps = ['recommend', 'pass_formal_review'] as const;

/** A new template's contents: what the server's schema fills in, and what a form starts from when staff switch the sectioned application on. */
export const defaultTemplate = {
  periodMonths: { min: 12, max: 36 },
  maxPartners: 5,
  applicantFigures: false,
  maxMembers: 15,
  leaderOpenLimit: 1,
  texts: textSections.map((key) => ({ key, required: true, maxLength: 3000 })),
  indicators: { minCount: 1, kinds: indicatorKindList },
  budget: { scheme: 'national' as BudgetScheme, selfRatioPercent: 0, indirectCapPercent: 20, maxFiscal: null },
  minMilestones: 2,
  stampedCopyStep: 'recommend' as (typeof stampedCopySteps)[number] | null,
};
