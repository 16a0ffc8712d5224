import { Alert, Form, Input, Typography } from 'antd';
import { Table } from '../../../lib/table';
import { useTranslation } from 'react-i18next';
import { budgetCategories, budgetSources } from '../../../../domains/applications/catalogue';
import { formatYuan } from '../../../lib/money';
import type { ProjectDetail } from '../../../lib/types';
import { type SectionProps, SaveSection, SectionProblems } from './ApplicationEditor';
import { groupedYuan } from '../../../../shared/money';
import { fenOf, useSectionForm } from './section-form';

type Source = (typeof budgetSources)[number];
type Cells = Partial<Record<Source | 'note', string>>;
type Rules = NonNullable<SectionProps['template']['budget']>;

/**
 * The call's budget rules as the applicant types, in whole fen as the server checks them: 财政资金 adds up to
 * the amount applied for and stays under the ceiling, 自筹 meets the ratio, 间接费用 stays under its cap.
 */
function budgetCheck(
  categories: readonly string[],
  cells: Record<string, Cells | undefined>,
  rules: Rules,
  requestedFen: number | undefined,
  t: (key: string, o?: Record<string, unknown>) => string,
) {
  const fen = (category: string, source: Source) => fenOf(cells[category]?.[source]);
  if (categories.some((c) => budgetSources.some((s) => fen(c, s) === undefined)))
    return { ok: false, messages: [t('application.check.money')] };
  const sum = (source: Source, only?: (c: string) => boolean) =>
    categories.filter((c) => !only || only(c)).reduce((total, c) => total + (fen(c, source) ?? 0), 0);
  const fiscal = sum('fiscal');
  const self = sum('self');
  const messages: string[] = [];
  const yuan = (v: number) => `${groupedYuan(v)}${t('project.yuan')}`;
  if (requestedFen === undefined) messages.push(t('application.check.noRequested'));
  else if (fiscal !== requestedFen)
    messages.push(t('application.check.fiscalMismatch', { fiscal: yuan(fiscal), requested: yuan(requestedFen) }));
  const max = rules.maxFiscal ? fenOf(rules.maxFiscal) : undefined;
  if (max !== undefined && fiscal > max)
    messages.push(t('application.check.overMax', { fiscal: yuan(fiscal), max: yuan(max) }));
  if (self * 100 < rules.selfRatioPercent * fiscal) {
    messages.push(
      t('application.check.selfShort', {
        self: yuan(self),
        ratio: rules.selfRatioPercent,
        required: yuan(Math.ceil((rules.selfRatioPercent * fiscal) / 100)),
      }),
    );
  }
  const ceiling = Math.floor(
    (sum('fiscal', (c) => c !== 'indirect' && c !== 'equipment') * rules.indirectCapPercent) / 100,
  );
  const indirect = fen('indirect', 'fiscal') ?? 0;
  if (indirect > ceiling)
    messages.push(t('application.check.indirectOver', { indirect: yuan(indirect), ceiling: yuan(ceiling) }));
  return { ok: messages.length === 0, messages, totals: { fiscal, self, other: sum('other') } };
}

function toCells(project: ProjectDetail): Record<string, Cells> {
  const blank = (v: string) => (v === '0.00' ? undefined : v);
  return Object.fromEntries(
    project.application!.budget.map((line) => [
      line.category,
      { fiscal: blank(line.fiscal), self: blank(line.self), other: blank(line.other), note: line.note ?? undefined },
    ]),
  );
}

/** 经费预算: one row per category of the call's scheme, one column per source, checked as it is typed. */
export function BudgetSection({ project, template }: SectionProps) {
  const { t } = useTranslation();
  const rules = template.budget;
  const categories = rules ? budgetCategories[rules.scheme] : [];
  const { form, busy, save } = useSectionForm(project, (v: { budget?: Record<string, Cells | undefined> }) => ({
    application: {
      budget: categories
        .map((category) => ({ category, ...(v.budget?.[category] ?? {}) }))
        .filter((line) => budgetSources.some((s) => line[s]) || line.note)
        .map((line) => ({
          category: line.category,
          fiscal: line.fiscal || null,
          self: line.self || null,
          other: line.other || null,
          note: line.note || null,
        })),
    },
  }));
  const cells = (Form.useWatch('budget', form) ?? toCells(project)) as Record<string, Cells | undefined>;
  if (!rules) return null;
  const requested = project.requestedFunding ? fenOf(project.requestedFunding) : undefined;
  const check = budgetCheck(categories, cells, rules, requested, t);
  const money = { pattern: /^\d{1,13}(\.\d{1,2})?$/, message: t('application.check.money') };
  const rowTotal = (category: string) => {
    const parts = budgetSources.map((s) => fenOf(cells[category]?.[s]));
    return parts.some((p) => p === undefined) ? '—' : groupedYuan(parts.reduce<number>((a, b) => a + (b ?? 0), 0));
  };
  const rows = [...categories.map((category) => ({ key: category, category })), { key: 'total', category: 'total' }];
  return (
    <Form form={form} layout="vertical" initialValues={{ budget: toCells(project) }}>
      <SectionProblems project={project} section="budget" />
      <Typography.Paragraph className="kg-muted">
        {t('application.rules', { ratio: rules.selfRatioPercent, cap: rules.indirectCapPercent })}
        {rules.maxFiscal ? t('application.maxFiscal', { max: formatYuan(rules.maxFiscal) }) : ''}。
        {t('project.requested')}：{formatYuan(project.requestedFunding)}
      </Typography.Paragraph>
      <Table
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 860 }}
        dataSource={rows}
        title={() => <span className="kg-muted">{t('application.yuanUnit')}</span>}
        columns={[
          {
            title: t('application.category'),
            dataIndex: 'category',
            width: 150,
            fixed: 'left',
            render: (c: string) =>
              c === 'total' ? <strong>{t('application.total')}</strong> : t(`application.budgetCategories.${c}`),
          },
          ...budgetSources.map((source) => ({
            title: t(`application.sources.${source}`),
            width: 150,
            align: 'right' as const,
            render: (_: unknown, row: { category: string }) =>
              row.category === 'total' ? (
                <strong>{check.totals ? groupedYuan(check.totals[source]) : '—'}</strong>
              ) : (
                <Form.Item name={['budget', row.category, source]} rules={[money]} noStyle>
                  <Input
                    inputMode="decimal"
                    aria-label={`${t(`application.budgetCategories.${row.category}`)} ${t(`application.sources.${source}`)}`}
                    style={{ textAlign: 'right' }}
                  />
                </Form.Item>
              ),
          })),
          {
            title: t('application.rowTotal'),
            width: 130,
            align: 'right' as const,
            render: (_: unknown, row: { category: string }) =>
              row.category === 'total' ? (
                <strong>
                  {check.totals ? groupedYuan(check.totals.fiscal + check.totals.self + check.totals.other) : '—'}
                </strong>
              ) : (
                rowTotal(row.category)
              ),
          },
          {
            title: t('application.note'),
            render: (_: unknown, row: { category: string }) =>
              row.category === 'total' ? null : (
                <Form.Item name={['budget', row.category, 'note']} noStyle>
                  <Input
                    maxLength={500}
                    aria-label={`${t(`application.budgetCategories.${row.category}`)} ${t('application.note')}`}
                  />
                </Form.Item>
              ),
          },
        ]}
      />
      <Alert
        style={{ margin: '12px 0 16px' }}
        type={check.ok ? 'success' : 'warning'}
        showIcon
        data-testid="budget-check"
        title={
          check.ok ? (
            t('application.check.ok')
          ) : (
            <ul className="kg-problem-list">
              {check.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )
        }
      />
      <SaveSection busy={busy} onSave={save} />
    </Form>
  );
}
