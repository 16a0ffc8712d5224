import { type ApplicationTemplate, applicationTemplate } from '../applications/template.js';

/**
 * The demo's 申报书 templates, as the programmes of a county-level bureau ask them. Agricultural projects
 * are carried by enterprises and cooperatives that match the grant one to one (1:1 自筹), run one to three
 * years and report last year's figures; social-development projects are hospitals' and schools', without
 * matching funds; a technology centre recognition asks no budget but the firm's figures and its R&D plan; a
 * talent programme asks the person's plan and outputs, no budget.
 */
/** 研究内容, 技术路线, 创新点 and 预期目标 with the lengths a research project's 申报书 allows. */
const researchTexts = [
  { key: 'content', required: true, maxLength: 3000 },
  { key: 'route', required: true, maxLength: 2000 },
  { key: 'innovation', required: true, maxLength: 1000 },
  { key: 'goals', required: true, maxLength: 1500 },
];

export const demoTemplates: Record<'agriculture' | 'social' | 'platform' | 'talent', ApplicationTemplate> = {
  agriculture: applicationTemplate.parse({
    periodMonths: { min: 12, max: 36 },
    maxPartners: 3,
    applicantFigures: true,
    maxMembers: 12,
    leaderOpenLimit: 1,
    texts: researchTexts,
    indicators: {
      minCount: 2,
      kinds: [
        'invention_patents',
        'granted_patents',
        'standards',
        'new_varieties',
        'demonstration_bases',
        'revenue',
        'jobs',
        'talents',
        'other',
      ],
    },
    budget: { scheme: 'national', selfRatioPercent: 100, indirectCapPercent: 20, maxFiscal: '300000' },
    minMilestones: 3,
    stampedCopyStep: 'recommend',
  }),
  social: applicationTemplate.parse({
    periodMonths: { min: 12, max: 24 },
    maxPartners: 3,
    applicantFigures: false,
    maxMembers: 10,
    leaderOpenLimit: 1,
    texts: researchTexts,
    indicators: { minCount: 1, kinds: ['papers', 'invention_patents', 'standards', 'talents', 'other'] },
    budget: { scheme: 'national', selfRatioPercent: 0, indirectCapPercent: 20, maxFiscal: '100000' },
    minMilestones: 2,
    stampedCopyStep: 'recommend',
  }),
  platform: applicationTemplate.parse({
    periodMonths: { min: 12, max: 36 },
    maxPartners: 2,
    applicantFigures: true,
    maxMembers: 20,
    leaderOpenLimit: 1,
    texts: [
      { key: 'content', required: true, maxLength: 4000 },
      { key: 'goals', required: true, maxLength: 2000 },
    ],
    indicators: {
      minCount: 2,
      kinds: ['invention_patents', 'granted_patents', 'standards', 'new_products', 'revenue', 'talents', 'other'],
    },
    budget: null,
    minMilestones: 2,
    stampedCopyStep: 'pass_formal_review',
  }),
  talent: applicationTemplate.parse({
    periodMonths: { min: 24, max: 36 },
    maxPartners: 0,
    applicantFigures: false,
    maxMembers: 5,
    leaderOpenLimit: 1,
    texts: [
      { key: 'content', required: true, maxLength: 3000 },
      { key: 'goals', required: true, maxLength: 1500 },
    ],
    indicators: { minCount: 1, kinds: ['invention_patents', 'papers', 'new_products', 'revenue', 'talents', 'other'] },
    budget: null,
    minMilestones: 2,
    stampedCopyStep: null,
  }),
};
