import { Descriptions, Tabs, Typography } from 'antd';
import { Table } from '../../../lib/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../lib/auth';
import { screenRoles } from '../../../lib/screens';
import { indicatorKinds } from '../../../../domains/applications/catalogue';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formatYuan } from '../../../lib/money';
import type { ProjectDetail, TeamPerson } from '../../../lib/types';
import { BodyEditor } from '../../portal/BodyEditor';

/**
 * 申报书 as staff, liaisons, experts (and the applicant, once sent) read it: the same parts as the form, in
 * tabs on a wide screen, one under another when printed.
 */
export function ApplicationSections({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const a = project.application!;
  const none = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : String(v));
  const person = (p: TeamPerson, leader: boolean) => ({ ...p, key: p.personId, leader });
  const team = [...(a.leader ? [person(a.leader, true)] : []), ...a.members.map((m) => person(m, false))];
  const items = [
    {
      key: 'basic',
      children: (
        <>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('project.title')} span={2}>
              {project.title}
            </Descriptions.Item>
            <Descriptions.Item label={t('application.techField')}>
              {a.techFieldName ? `${a.techFieldName}（${a.techField}）` : none(a.techField)}
            </Descriptions.Item>
            <Descriptions.Item label={t('application.industry')}>{none(a.industry)}</Descriptions.Item>
            <Descriptions.Item label={t('application.period')}>
              {a.startOn && a.endOn ? `${formatDate(a.startOn)} — ${formatDate(a.endOn)}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('project.requested')}>{formatYuan(project.requestedFunding)}</Descriptions.Item>
          </Descriptions>
          {a.partners.length ? (
            <Table
              style={{ marginTop: 12 }}
              size="small"
              pagination={false}
              rowKey="uscc"
              title={() => t('application.partners')}
              dataSource={a.partners}
              scroll={{ x: 560 }}
              columns={[
                {
                  title: t('application.partnerName'),
                  dataIndex: 'name',
                  render: (name: string, partner) =>
                    partner.orgId && can(...screenRoles.orgs!) ? (
                      <Link to={`/orgs/${partner.orgId}`}>{name}</Link>
                    ) : (
                      name
                    ),
                },
                { title: t('application.partnerUscc'), dataIndex: 'uscc' },
                { title: t('application.partnerRole'), dataIndex: 'role', render: none },
              ]}
            />
          ) : null}
        </>
      ),
    },
    {
      key: 'applicant',
      children: a.applicant ? (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('org.name')}>{a.applicant.name}</Descriptions.Item>
          <Descriptions.Item label={t('org.uscc')}>{a.applicant.uscc}</Descriptions.Item>
          <Descriptions.Item label={t('org.address')}>{none(a.applicant.address)}</Descriptions.Item>
          <Descriptions.Item label={t('org.legalRepresentative')}>
            {none(a.applicant.legalRepresentative)}
          </Descriptions.Item>
          <Descriptions.Item label={t('org.contactName')}>{none(a.applicant.contactName)}</Descriptions.Item>
          <Descriptions.Item label={t('org.contactPhone')}>{none(a.applicant.contactPhone)}</Descriptions.Item>
          {a.applicant.figures ? (
            <>
              <Descriptions.Item
                label={`${t('application.figures', { year: a.applicant.figures.year })} · ${t('application.revenue')}`}
              >
                {formatYuan(a.applicant.figures.revenue)}
              </Descriptions.Item>
              <Descriptions.Item label={t('application.rdSpend')}>
                {formatYuan(a.applicant.figures.rdSpend)}
              </Descriptions.Item>
              <Descriptions.Item label={t('application.staff')}>{none(a.applicant.figures.staff)}</Descriptions.Item>
              <Descriptions.Item label={t('application.rdStaff')}>
                {none(a.applicant.figures.rdStaff)}
              </Descriptions.Item>
            </>
          ) : null}
          <Descriptions.Item label={t('application.confirmedAt', { at: '' }).replace(/\s+$/, '')}>
            {formatDateTime(a.applicant.confirmedAt)}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t('application.unconfirmed')}</Typography.Text>
      ),
    },
    {
      key: 'team',
      children: (
        <Table
          size="small"
          pagination={false}
          dataSource={team}
          scroll={{ x: 760 }}
          footer={() => <span className="kg-muted">{t('application.masked')}</span>}
          columns={[
            {
              title: t('person.name'),
              dataIndex: 'name',
              render: (name: string, p) =>
                p.leader ? (
                  <strong>
                    {name}（{t('application.leaderMark')}）
                  </strong>
                ) : (
                  name
                ),
            },
            {
              title: t('person.gender'),
              dataIndex: 'gender',
              render: (g: string | null) => (g ? t(`gender.${g}`) : '—'),
            },
            { title: t('person.idNumber'), dataIndex: 'idNumberMasked', render: none },
            { title: t('person.title'), dataIndex: 'title', render: none },
            { title: t('person.degree'), dataIndex: 'degree', render: none },
            { title: t('application.role'), dataIndex: 'role', render: none },
            { title: t('application.months'), dataIndex: 'months', align: 'right' as const, render: none },
          ]}
        />
      ),
    },
    {
      key: 'texts',
      children: (
        <>
          {(['content', 'route', 'innovation', 'goals'] as const)
            .filter((key) => a.texts[key])
            .map((key) => (
              <section key={key} className="kg-application-text">
                <Typography.Title level={5}>{t(`application.texts.${key}`)}</Typography.Title>
                <BodyEditor value={a.texts[key]} readOnly label={t(`application.texts.${key}`)} />
              </section>
            ))}
        </>
      ),
    },
    {
      key: 'indicators',
      children: (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={a.indicators}
          columns={[
            {
              title: t('application.indicator'),
              render: (_, i) => (i.kind === 'other' ? i.name : t(`application.indicatorKinds.${i.kind}`)),
            },
            { title: t('application.value'), dataIndex: 'value', align: 'right' as const },
            { title: t('application.unit'), render: (_, i) => i.unit ?? indicatorKinds[i.kind] },
          ]}
        />
      ),
    },
    {
      key: 'budget',
      children: (
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey="category"
          scroll={{ x: 760 }}
          title={() => <span className="kg-muted">{t('application.yuanUnit')}</span>}
          dataSource={[...a.budget, { category: 'total' as const, ...a.budgetTotals, note: null }]}
          columns={[
            {
              title: t('application.category'),
              dataIndex: 'category',
              render: (c: string) =>
                c === 'total' ? <strong>{t('application.total')}</strong> : t(`application.budgetCategories.${c}`),
            },
            ...(['fiscal', 'self', 'other'] as const).map((s) => ({
              title: t(`application.sources.${s}`),
              dataIndex: s,
              align: 'right' as const,
              render: (v: string) => formatYuan(v),
            })),
            { title: t('application.note'), dataIndex: 'note', render: none },
          ]}
        />
      ),
    },
    {
      key: 'milestones',
      children: (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={a.milestones}
          columns={[
            { title: t('application.dueOn'), dataIndex: 'dueOn', width: 160, render: (d: string) => formatDate(d) },
            { title: t('application.milestone'), dataIndex: 'title' },
            { title: t('application.deliverable'), dataIndex: 'deliverable', render: none },
          ]}
        />
      ),
    },
  ];
  return <Tabs items={items.map((item) => ({ ...item, label: t(`application.sections.${item.key}`) }))} />;
}
