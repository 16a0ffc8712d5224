import { DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import { RowList } from '../../../lib/RowList';
import { useTranslation } from 'react-i18next';
import { datePickerFormat } from '../../../lib/format';
import { BodyEditor } from '../../portal/BodyEditor';
import { dateProps } from '../CallFormFields';
import { type SectionProps, SaveSection, SectionProblems } from './ApplicationEditor';
import { useSectionForm } from './section-form';
import { indicatorKinds } from '../../../../domains/applications/catalogue';

/** The characters a reader counts: the text of the HTML, spaces run together, as the server counts them. */
function textLength(html: string | undefined): number {
  if (!html) return 0;
  const element = document.createElement('div');
  element.innerHTML = html.replace(/<\/(p|h\d|li|tr|td|th|blockquote)>|<br\s*\/?>/gi, '$& ');
  return [...(element.textContent ?? '').replace(/\s+/g, ' ').trim()].length;
}

function Counter({ name, max }: { name: (string | number)[]; max: number }) {
  const { t } = useTranslation();
  const html = Form.useWatch(name) as string | undefined;
  const count = textLength(html);
  return (
    <span className={count > max ? 'kg-over-limit' : 'kg-muted'}>{t('application.textCount', { count, max })}</span>
  );
}

/** 研究内容, 技术路线, 创新点, 预期目标: rich text with the lengths the call sets. */
export function TextsSection({ project, template }: SectionProps) {
  const { t } = useTranslation();
  const { form, busy, save } = useSectionForm(
    project,
    (v: { application: { texts: Record<string, string | undefined> } }) => ({
      application: {
        texts: Object.fromEntries(Object.entries(v.application.texts ?? {}).map(([k, html]) => [k, html ?? ''])),
      },
    }),
  );
  return (
    <Form form={form} layout="vertical" initialValues={{ application: { texts: project.application!.texts } }}>
      <SectionProblems project={project} section="texts" />
      {template.texts.map((spec) => {
        const name = ['application', 'texts', spec.key];
        return (
          <Form.Item
            key={spec.key}
            name={name}
            label={`${t(`application.texts.${spec.key}`)}${spec.required ? '' : `（${t('application.optional')}）`}`}
            extra={<Counter name={name} max={spec.maxLength} />}
          >
            <BodyEditor label={t(`application.texts.${spec.key}`)} images={false} />
          </Form.Item>
        );
      })}
      <SaveSection busy={busy} onSave={save} />
    </Form>
  );
}

/** 绩效目标: the outputs promised, which the task agreement later starts from. */
export function IndicatorsSection({ project, template }: SectionProps) {
  const { t } = useTranslation();
  const { form, busy, save } = useSectionForm(project, (v: { application: { indicators?: unknown[] } }) => ({
    application: { indicators: v.application.indicators ?? [] },
  }));
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ application: { indicators: project.application!.indicators } }}
    >
      <SectionProblems project={project} section="indicators" />
      <Typography.Paragraph className="kg-muted">
        {t('application.indicatorsRule', { min: template.indicators.minCount })}
      </Typography.Paragraph>
      <RowList name={['application', 'indicators']} addLabel={t('application.addIndicator')}>
        {(row) => (
          <>
            <Form.Item name={[row.name, 'kind']} rules={[{ required: true, message: t('common.required') }]}>
              <Select
                style={{ width: 200 }}
                placeholder={t('application.indicator')}
                options={template.indicators.kinds.map((kind) => ({
                  value: kind,
                  label: t(`application.indicatorKinds.${kind}`),
                }))}
              />
            </Form.Item>
            {/* An indicator of the list carries its unit; one of its own (其他) is named and measured by the applicant. */}
            <Form.Item noStyle shouldUpdate>
              {() => {
                const kind = form.getFieldValue(['application', 'indicators', row.name, 'kind']) as
                  | keyof typeof indicatorKinds
                  | undefined;
                return (
                  <>
                    {kind === 'other' ? (
                      <>
                        <Form.Item
                          name={[row.name, 'name']}
                          rules={[{ required: true, message: t('common.required') }]}
                        >
                          <Input placeholder={t('application.indicatorName')} maxLength={60} style={{ width: 180 }} />
                        </Form.Item>
                        <Form.Item
                          name={[row.name, 'unit']}
                          rules={[{ required: true, message: t('common.required') }]}
                        >
                          <Input placeholder={t('application.unit')} maxLength={10} style={{ width: 90 }} />
                        </Form.Item>
                      </>
                    ) : null}
                    <Form.Item name={[row.name, 'value']} rules={[{ required: true, message: t('common.required') }]}>
                      <InputNumber
                        min={0}
                        placeholder={t('application.value')}
                        style={{ width: 160 }}
                        suffix={kind && kind !== 'other' ? indicatorKinds[kind] : undefined}
                      />
                    </Form.Item>
                  </>
                );
              }}
            </Form.Item>
          </>
        )}
      </RowList>
      <div>
        <SaveSection busy={busy} onSave={save} />
      </div>
    </Form>
  );
}

/** 进度安排: milestones within the period, which the task agreement and the progress reports follow. */
export function MilestonesSection({ project, template }: SectionProps) {
  const { t } = useTranslation();
  const { form, busy, save } = useSectionForm(project, (v: { application: { milestones?: unknown[] } }) => ({
    application: { milestones: v.application.milestones ?? [] },
  }));
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ application: { milestones: project.application!.milestones } }}
    >
      <SectionProblems project={project} section="milestones" />
      <Typography.Paragraph className="kg-muted">
        {t('application.milestonesRule', { min: template.minMilestones })}
      </Typography.Paragraph>
      <RowList name={['application', 'milestones']} addLabel={t('application.addMilestone')}>
        {(row) => (
          <>
            <Form.Item
              name={[row.name, 'dueOn']}
              rules={[{ required: true, message: t('common.required') }]}
              {...dateProps}
            >
              <DatePicker format={datePickerFormat()} placeholder={t('application.dueOn')} />
            </Form.Item>
            <Form.Item name={[row.name, 'title']} rules={[{ required: true, message: t('common.required') }]}>
              <Input placeholder={t('application.milestone')} maxLength={200} style={{ width: 300 }} />
            </Form.Item>
            <Form.Item name={[row.name, 'deliverable']}>
              <Input placeholder={t('application.deliverable')} maxLength={500} style={{ width: 240 }} />
            </Form.Item>
          </>
        )}
      </RowList>
      <div>
        <SaveSection busy={busy} onSave={save} />
      </div>
    </Form>
  );
}
