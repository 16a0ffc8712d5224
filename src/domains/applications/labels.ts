import type { Language } from '../../server/errors.js';
import { wordsIn } from '../../server/words.js';
import type { ApplicationSection } from './schema.js';
import type { BudgetCategory, BudgetSource, IndicatorKind, TextSection } from './template.js';

/**
 * The words the printed 申报书 and the version comparison are written in. The printed form is Chinese, as
 * the bureau files it; a comparison reads in the reader's language.
 */
interface Labels {
  sections: Record<ApplicationSection, string>;
  texts: Record<TextSection, string>;
  indicators: Record<IndicatorKind, string>;
  budget: Record<BudgetCategory, string>;
  sources: Record<BudgetSource | 'total', string>;
  orgTypes: Record<string, string>;
  genders: Record<string, string>;
  fields: {
    title: string;
    techField: string;
    industry: string;
    period: string;
    requested: string;
    partners: string;
    partnerName: string;
    uscc: string;
    partnerRole: string;
    orgName: string;
    orgType: string;
    address: string;
    legalRepresentative: string;
    contact: string;
    phone: string;
    email: string;
    figuresOf: (year: number) => string;
    revenue: string;
    rdSpend: string;
    staff: string;
    rdStaff: string;
    name: string;
    gender: string;
    idNumber: string;
    proTitle: string;
    degree: string;
    projectRole: string;
    months: string;
    leaderMark: string;
    indicator: string;
    value: string;
    unit: string;
    category: string;
    note: string;
    sum: string;
    due: string;
    milestone: string;
    deliverable: string;
    none: string;
    yuan: (amount: string) => string;
    date: (day: string) => string;
    range: (from: string, to: string) => string;
  };
}

function zhDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The labels in a language, from the interface's catalogue: the screens' words for sections, budget
 * categories, organisation types …, and the printed form's own where it words them differently.
 */
export function applicationLabels(language: Language): Labels {
  const t = wordsIn(language);
  const words = (key: string) => t(key, { returnObjects: true }) as Record<string, string>;
  const printed = words('application.printed.fields');
  return {
    sections: { ...words('application.sections'), ...words('application.printed.sections') } as Labels['sections'],
    texts: words('application.texts') as Labels['texts'],
    indicators: {
      ...words('application.indicatorKinds'),
      other: t('application.printed.indicatorOther'),
    } as Labels['indicators'],
    budget: words('application.budgetCategories') as Labels['budget'],
    sources: { ...words('application.sources'), total: t('application.total') } as Labels['sources'],
    orgTypes: words('orgType'),
    genders: words('gender'),
    fields: {
      ...(printed as Omit<Labels['fields'], 'figuresOf' | 'yuan' | 'date' | 'range'>),
      figuresOf: (year) => t('application.printed.fields.figuresOf', { year }),
      yuan: (amount) => t('application.printed.fields.yuan', { amount }),
      date: (day) => (language === 'en' ? day : zhDate(day)),
      range: (from, to) =>
        t(
          'application.printed.fields.range',
          language === 'en' ? { from, to } : { from: zhDate(from), to: zhDate(to) },
        ),
    },
  };
}
