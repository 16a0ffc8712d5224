import { CheckCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Badge,
  Button,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Tabs,
  TreeSelect,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../lib/api';
import { RowList } from '../../../lib/RowList';
import { useFormAction } from '../../../lib/form-action';
import { datePickerFormat, formatDate, formatDateTime } from '../../../lib/format';
import type { ApplicationTemplate, CallDetail, Page, Person, ProjectDetail } from '../../../lib/types';
import { CallFormFields, dateProps } from '../CallFormFields';
import { BudgetSection } from './BudgetSection';
import { IndicatorsSection, MilestonesSection, TextsSection } from './ContentSections';
import { type SectionKey, useSectionForm } from './section-form';
import { useAtLeast } from '../../../lib/viewport';

const sectionOrder: SectionKey[] = ['basic', 'applicant', 'team', 'texts', 'indicators', 'budget', 'milestones'];

export interface SectionProps {
  project: ProjectDetail;
  template: ApplicationTemplate;
}

/** The name of the field a problem is about, as the form labels it: body.application.texts.route → 技术路线. */
function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string): string | undefined => {
    const parts = field.replace(/^body\.(application\.)?/, '').split('.');
    const [root, second, third] = parts;
    switch (root) {
      case 'texts':
        return t(`application.texts.${second}`);
      case 'leader':
        return third === undefined && second !== 'personId'
          ? `${t('application.leader')} · ${t(`application.${second === 'role' ? 'role' : 'months'}`)}`
          : t('application.leader');
      case 'members':
        return `${t('application.members')} ${Number(second) + 1}`;
      case 'techField':
        return t('application.techField');
      case 'industry':
        return t('application.industry');
      case 'indicators':
      case 'milestones':
        return second === undefined
          ? t(`application.sections.${root}`)
          : `${t(`application.sections.${root}`)} ${Number(second) + 1}`;
      case 'startOn':
      case 'endOn':
        return t('application.period');
      case 'requestedFunding':
        return t('project.requested');
      case 'title':
        return t('project.title');
      default:
        return undefined;
    }
  };
}

/** What the server would still refuse in one part, in its words: the same list a submission is refused with. */
export function SectionProblems({ project, section }: { project: ProjectDetail; section: SectionKey }) {
  const labelOf = useFieldLabel();
  const { t } = useTranslation();
  const problems = project.missing.filter((m) => m.section === section);
  if (!problems.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={
        <ul className="kg-problem-list">
          {problems.map((p) => {
            const label = labelOf(p.field);
            return (
              <li key={`${p.field}-${p.problem}`}>{label ? `${label}${t('common.colon')}${p.message}` : p.message}</li>
            );
          })}
        </ul>
      }
    />
  );
}

export function SaveSection({ busy, onSave }: { busy: boolean; onSave(): void }) {
  const { t } = useTranslation();
  return (
    <Button type="primary" loading={busy} onClick={onSave}>
      {t('application.saveSection')}
    </Button>
  );
}

/**
 * 申报书 as the applicant fills it: one tab per part, each saved on its own over as many sittings as it
 * takes, each tab counting what the server would still refuse there.
 */
export function ApplicationEditor({ project, call }: { project: ProjectDetail; call: CallDetail }) {
  const { t } = useTranslation();
  const template = call.applicationTemplate!;
  const sections: SectionKey[] = [...sectionOrder, ...(call.formFields.length ? (['extra'] as const) : [])];
  const [tab, setTab] = useState<string>(sections.find((s) => project.missing.some((m) => m.section === s)) ?? 'basic');
  const count = (section: SectionKey) => project.missing.filter((m) => m.section === section).length;
  const body = (section: SectionKey) => {
    const props = { project, template };
    switch (section) {
      case 'basic':
        return <BasicSection {...props} />;
      case 'applicant':
        return <ApplicantSection {...props} />;
      case 'team':
        return <TeamSection {...props} />;
      case 'texts':
        return <TextsSection {...props} />;
      case 'indicators':
        return <IndicatorsSection {...props} />;
      case 'budget':
        return <BudgetSection {...props} />;
      case 'milestones':
        return <MilestonesSection {...props} />;
      default:
        return <ExtraSection project={project} call={call} />;
    }
  };
  const missingElsewhere = project.missing.filter((m) => !sections.includes(m.section));
  // On a phone the part is chosen from a list: seven tabs do not fit across 390 pixels.
  const wide = useAtLeast(768);
  return (
    <>
      {project.missing.length ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('application.missingCount', { count: project.missing.length })}
          description={missingElsewhere.length ? missingElsewhere.map((m) => m.message).join('；') : undefined}
        />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('application.complete')} />
      )}
      {wide ? null : (
        <Select
          style={{ width: '100%', marginBottom: 12 }}
          value={tab}
          onChange={setTab}
          aria-label={t('application.part')}
          options={sections.map((section) => ({
            value: section,
            label: count(section)
              ? `${t(`application.sections.${section}`)}（${t('application.toComplete', { count: count(section) })}）`
              : `${t(`application.sections.${section}`)} ✓`,
          }))}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        renderTabBar={wide ? undefined : () => <></>}
        items={sections.map((section) => ({
          key: section,
          label: (
            <span data-testid={`section-${section}`}>
              {t(`application.sections.${section}`)}{' '}
              {count(section) ? (
                <Badge count={count(section)} size="small" />
              ) : (
                <CheckCircleFilled style={{ color: '#52c41a' }} />
              )}
            </span>
          ),
          children: body(section),
        }))}
      />
    </>
  );
}

interface TechField {
  code: string;
  name: string;
  nameEn: string | null;
  parentCode: string | null;
}

function useTechFieldTree() {
  const { i18n } = useTranslation();
  const fields = useQuery({
    queryKey: ['tech-fields'],
    queryFn: () => api<{ items: TechField[] }>('GET', '/api/tech-fields').then((r) => r.items),
    staleTime: 10 * 60_000,
  });
  const name = (f: TechField) => `${f.code} ${i18n.language === 'en' && f.nameEn ? f.nameEn : f.name}`;
  const roots = (fields.data ?? []).filter((f) => !f.parentCode);
  return roots.map((root) => ({
    value: root.code,
    title: name(root),
    selectable: false,
    children: (fields.data ?? [])
      .filter((f) => f.parentCode === root.code)
      .map((f) => ({ value: f.code, title: name(f) })),
  }));
}

function BasicSection({ project, template }: SectionProps) {
  const { t } = useTranslation();
  const a = project.application!;
  const tree = useTechFieldTree();
  const { form, busy, save } = useSectionForm(project, (v: Record<string, unknown>) => ({
    title: v.title,
    requestedFunding: v.requestedFunding || null,
    application: v.application,
  }));
  const window = [template.startFrom, template.endBy].every(Boolean)
    ? `；${t('application.periodWindow', { from: formatDate(template.startFrom), to: formatDate(template.endBy) })}`
    : '';
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        title: project.title,
        requestedFunding: project.requestedFunding,
        application: {
          techField: a.techField,
          industry: a.industry,
          startOn: a.startOn,
          endOn: a.endOn,
          partners: a.partners,
        },
      }}
    >
      <SectionProblems project={project} section="basic" />
      <Form.Item
        name="title"
        label={t('project.title')}
        rules={[{ required: true, min: 2, max: 200, message: t('project.titleRule') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Space wrap size="large" align="start">
        <Form.Item
          name="requestedFunding"
          label={t('project.requested')}
          rules={[{ pattern: /^\d{1,13}(\.\d{1,2})?$/, message: t('project.moneyRule') }]}
        >
          <Input style={{ width: 220 }} suffix={t('project.yuan')} inputMode="decimal" />
        </Form.Item>
        <Form.Item name={['application', 'techField']} label={t('application.techField')}>
          <TreeSelect
            style={{ width: 300, maxWidth: '100%' }}
            treeData={tree}
            showSearch={{ treeNodeFilterProp: 'title' }}
            allowClear
            treeDefaultExpandedKeys={a.techField ? [a.techField.slice(0, 2)] : []}
          />
        </Form.Item>
        <Form.Item name={['application', 'industry']} label={t('application.industry')}>
          <Input maxLength={60} style={{ width: 220 }} />
        </Form.Item>
      </Space>
      <Form.Item
        label={t('application.period')}
        extra={`${t('application.periodRule', { min: template.periodMonths.min, max: template.periodMonths.max })}${window}`}
        style={{ marginBottom: 8 }}
      >
        <Space wrap>
          <Form.Item name={['application', 'startOn']} noStyle {...dateProps}>
            <DatePicker format={datePickerFormat()} aria-label={`${t('application.period')} 1`} />
          </Form.Item>
          <span>—</span>
          <Form.Item name={['application', 'endOn']} noStyle {...dateProps}>
            <DatePicker format={datePickerFormat()} aria-label={`${t('application.period')} 2`} />
          </Form.Item>
        </Space>
      </Form.Item>
      {template.maxPartners > 0 ? (
        <Form.Item
          label={`${t('application.partners')}（${t('application.partnersRule', { max: template.maxPartners })}）`}
        >
          <RowList
            name={['application', 'partners']}
            addLabel={t('application.addPartner')}
            newRow={{ name: '', uscc: '', role: '' }}
            max={template.maxPartners}
          >
            {(row) => (
              <>
                <Form.Item
                  name={[row.name, 'name']}
                  rules={[{ required: true, min: 2, message: t('common.required') }]}
                >
                  <Input placeholder={t('application.partnerName')} maxLength={100} style={{ width: 240 }} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'uscc']}
                  rules={[{ required: true, len: 18, message: t('org.usccInvalid') }]}
                >
                  <Input placeholder={t('application.partnerUscc')} maxLength={18} style={{ width: 200 }} />
                </Form.Item>
                <Form.Item name={[row.name, 'role']}>
                  <Input placeholder={t('application.partnerRole')} maxLength={300} style={{ width: 240 }} />
                </Form.Item>
              </>
            )}
          </RowList>
        </Form.Item>
      ) : null}
      <SaveSection busy={busy} onSave={save} />
    </Form>
  );
}

interface Figures {
  year: number;
  revenue: string | null;
  rdSpend: string | null;
  staff: number | null;
  rdStaff: number | null;
}

function ApplicantSection({ project, template }: SectionProps) {
  const { t } = useTranslation();
  const applicant = project.application!.applicant;
  const confirm = useFormAction(undefined, {
    action: () =>
      api('PATCH', `/api/projects/${project.id}`, {
        application: { applicantConfirmed: true },
        version: project.version,
      }),
    refresh: [['projects']],
  });
  const none = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : String(v));
  return (
    <>
      <SectionProblems project={project} section="applicant" />
      <Typography.Paragraph className="kg-muted">{t('application.applicantIntro')}</Typography.Paragraph>
      {applicant ? (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('org.name')}>{applicant.name}</Descriptions.Item>
          <Descriptions.Item label={t('org.uscc')}>{applicant.uscc}</Descriptions.Item>
          <Descriptions.Item label={t('org.type')}>
            {t(`orgType.${applicant.type}`, { defaultValue: applicant.type })}
          </Descriptions.Item>
          <Descriptions.Item label={t('org.address')}>{none(applicant.address)}</Descriptions.Item>
          <Descriptions.Item label={t('org.legalRepresentative')}>
            {none(applicant.legalRepresentative)}
          </Descriptions.Item>
          <Descriptions.Item label={t('org.contactName')}>{none(applicant.contactName)}</Descriptions.Item>
          <Descriptions.Item label={t('org.contactPhone')}>{none(applicant.contactPhone)}</Descriptions.Item>
          <Descriptions.Item label={t('org.contactEmail')}>{none(applicant.contactEmail)}</Descriptions.Item>
          {applicant.figures ? (
            <>
              <Descriptions.Item
                label={`${t('application.figures', { year: applicant.figures.year })} · ${t('application.revenue')}`}
              >
                {none(applicant.figures.revenue)}
              </Descriptions.Item>
              <Descriptions.Item label={t('application.rdSpend')}>{none(applicant.figures.rdSpend)}</Descriptions.Item>
              <Descriptions.Item label={t('application.staff')}>{none(applicant.figures.staff)}</Descriptions.Item>
              <Descriptions.Item label={t('application.rdStaff')}>{none(applicant.figures.rdStaff)}</Descriptions.Item>
            </>
          ) : null}
        </Descriptions>
      ) : null}
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" loading={confirm.busy} onClick={() => void confirm.run()}>
          {applicant ? t('application.reconfirm') : t('application.confirm')}
        </Button>
        <span className="kg-muted">
          {applicant
            ? t('application.confirmedAt', { at: formatDateTime(applicant.confirmedAt) })
            : t('application.unconfirmed')}
        </span>
        <Link to={`/orgs/${project.orgId}`}>{t('application.editProfile')}</Link>
      </Space>
      {template.applicantFigures ? <FiguresForm orgId={project.orgId} year={project.year - 1} /> : null}
    </>
  );
}

/** 上年度经营数据, kept on the organisation's profile by year; the application takes them on confirmation. */
function FiguresForm({ orgId, year }: { orgId: number; year: number }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const figures = useQuery({
    queryKey: ['orgs', orgId, 'figures'],
    queryFn: () => api<{ items: Figures[] }>('GET', `/api/orgs/${orgId}/figures`),
  });
  const current = figures.data?.items.find((f) => f.year === year);
  const { busy, run } = useFormAction(form, {
    action: (values: Record<string, unknown>) => api('PUT', `/api/orgs/${orgId}/figures/${year}`, values),
    refresh: [['orgs', orgId, 'figures']],
  });
  const money = { pattern: /^\d{1,13}(\.\d{1,2})?$/, message: t('project.moneyRule') };
  if (figures.isLoading) return null;
  return (
    <Form form={form} layout="vertical" initialValues={current ?? {}} key={current?.year ?? 'new'}>
      <Typography.Title level={5}>{t('application.figures', { year })}</Typography.Title>
      <Typography.Paragraph className="kg-muted">{t('application.figuresHelp')}</Typography.Paragraph>
      <Space wrap align="start">
        <Form.Item name="revenue" label={t('application.revenue')} rules={[money]}>
          <Input inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="rdSpend" label={t('application.rdSpend')} rules={[money]}>
          <Input inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="staff" label={t('application.staff')}>
          <InputNumber min={0} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="rdStaff" label={t('application.rdStaff')}>
          <InputNumber min={0} precision={0} style={{ width: 140 }} />
        </Form.Item>
      </Space>
      <Button loading={busy} onClick={() => void run()}>
        {t('application.saveFigures')}
      </Button>
    </Form>
  );
}

function TeamSection({ project, template }: SectionProps) {
  const { t } = useTranslation();
  const a = project.application!;
  const people = useQuery({
    queryKey: ['people', 'org', project.orgId],
    queryFn: () => api<Page<Person>>('GET', `/api/people?orgId=${project.orgId}&pageSize=200`),
  });
  const options = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: [p.name, p.title, p.degree, p.idNumberMasked].filter(Boolean).join(' · '),
  }));
  const { form, busy, save } = useSectionForm(
    project,
    (v: {
      application: {
        leader: { personId?: number; role?: string; months?: number };
        members?: { personId: number; role: string; months: number }[];
      };
    }) => ({
      application: {
        leader: v.application.leader?.personId ? v.application.leader : null,
        members: v.application.members ?? [],
      },
    }),
  );
  const personSelect = (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      loading={people.isLoading}
      placeholder={t('application.person')}
      style={{ width: 320, maxWidth: '100%' }}
    />
  );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        application: {
          leader: a.leader ? { personId: a.leader.personId, role: a.leader.role, months: a.leader.months } : {},
          members: a.members.map((m) => ({ personId: m.personId, role: m.role, months: m.months })),
        },
      }}
    >
      <SectionProblems project={project} section="team" />
      {people.data && !people.data.items.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('application.noPeople')}
          action={<Link to="/people">{t('application.managePeople')}</Link>}
        />
      ) : null}
      <Typography.Title level={5}>{t('application.leader')}</Typography.Title>
      <Typography.Paragraph className="kg-muted">
        {t('application.leaderHelp', { limit: template.leaderOpenLimit })}
      </Typography.Paragraph>
      <Space wrap align="start">
        <Form.Item name={['application', 'leader', 'personId']} label={t('application.person')}>
          {personSelect}
        </Form.Item>
        <Form.Item name={['application', 'leader', 'role']} label={t('application.role')}>
          <Input maxLength={100} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name={['application', 'leader', 'months']} label={t('application.months')}>
          <InputNumber min={1} max={120} precision={0} style={{ width: 120 }} />
        </Form.Item>
      </Space>
      <Typography.Title level={5}>
        {t('application.members')}（{t('application.membersRule', { max: template.maxMembers })}）
      </Typography.Title>
      <RowList name={['application', 'members']} addLabel={t('application.addMember')} max={template.maxMembers}>
        {(row) => (
          <>
            <Form.Item name={[row.name, 'personId']} rules={[{ required: true, message: t('common.required') }]}>
              {personSelect}
            </Form.Item>
            <Form.Item name={[row.name, 'role']} rules={[{ required: true, message: t('common.required') }]}>
              <Input placeholder={t('application.role')} maxLength={100} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name={[row.name, 'months']} rules={[{ required: true, message: t('common.required') }]}>
              <InputNumber
                placeholder={t('application.months')}
                min={1}
                max={120}
                precision={0}
                style={{ width: 120 }}
              />
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

function ExtraSection({ project, call }: { project: ProjectDetail; call: CallDetail }) {
  const { form, busy, save } = useSectionForm(project, (v: { formData: Record<string, unknown> }) => ({
    formData: v.formData,
  }));
  return (
    <Form form={form} layout="vertical" initialValues={{ formData: project.formData }}>
      <SectionProblems project={project} section="extra" />
      <CallFormFields fields={call.formFields} enforceRequired={false} />
      <SaveSection busy={busy} onSave={save} />
    </Form>
  );
}
