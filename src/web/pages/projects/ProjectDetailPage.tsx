import { useApprovalWhat } from '../approvals/ApprovalsPage';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Result, Row, Space, Spin, Tag, Timeline } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useFormAction } from '../../lib/form-action';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatYuan } from '../../lib/money';
import { screenRoles } from '../../lib/screens';
import type { CallDetail, FormFieldDef, ProjectAction, ProjectDetail } from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';
import { ActionModal } from './ActionModal';
import { AttachmentsCard } from './AttachmentsCard';
import { ExecutionCard } from '../execution/ExecutionCard';
import { FundingCard } from './FundingCard';
import { CallFormFields } from './CallFormFields';
import { stateColors } from './labels';
import { ReviewCard } from './ReviewCard';
import { ApplicationEditor } from './application/ApplicationEditor';
import { ApplicationSections } from './application/ApplicationSections';
import { DuplicatesCard } from './application/DuplicatesCard';
import { VersionsCard } from './application/VersionsCard';
import { DownloadButton } from '../../lib/DownloadButton';

const dangerous: ProjectAction[] = ['return', 'reject', 'withdraw', 'fail_acceptance', 'terminate'];

export function ProjectDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const [acting, setActing] = useState<ProjectAction>();
  const what = useApprovalWhat();
  const project = useQuery({
    queryKey: ['projects', 'detail', id],
    queryFn: () => api<ProjectDetail>('GET', `/api/projects/${id}`),
  });
  const call = useQuery({
    queryKey: ['calls', project.data?.callId],
    queryFn: () => api<CallDetail>('GET', `/api/calls/${project.data!.callId}`),
    enabled: Boolean(project.data),
  });

  if (project.isLoading) return <Spin />;
  if (project.error) {
    const notFound = project.error instanceof ApiError && project.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('errors.notFound') : project.error.message}
        extra={<Link to="/projects">{t('common.back')}</Link>}
      />
    );
  }
  const p = project.data!;
  const editing = can('applicant') && (p.state === 'draft' || p.state === 'returned');
  const scoresBeside = p.expertReview && can('expert') && Boolean(call.data?.applicationTemplate && p.application);
  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            {p.title}
            <Tag color={stateColors[p.state]} data-testid="project-state">
              {t(`projectState.${p.state}`)}
            </Tag>
          </Space>
        }
        extra={p.availableActions.map((action) => (
          <Button
            key={action}
            type={dangerous.includes(action) ? 'default' : 'primary'}
            danger={dangerous.includes(action)}
            onClick={() => setActing(action)}
          >
            {t(`projectAction.${action}`)}
          </Button>
        ))}
      />
      {p.pendingDecision ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(`approval.statuses.pending`)}
          description={
            <>
              {t('approval.pendingBanner', {
                step: p.pendingDecision.step + 1,
                of: p.pendingDecision.steps,
                dueOn: formatDate(p.pendingDecision.dueOn),
                what: what({
                  kind: 'project_decision',
                  payload: { action: p.pendingDecision.action, data: p.pendingDecision.data },
                }),
              })}{' '}
              <Link to={`/approvals?scope=all&open=${p.pendingDecision.id}`}>{t('approval.open')}</Link>
            </>
          }
        />
      ) : null}
      {p.integrity.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('integrity.warning', { count: p.integrity.length })}
          description={p.integrity
            .map(
              (r) =>
                `${formatDate(r.createdAt)} ${t(`integrity.kind.${r.kind}`)}${r.projectTitle ? `（${r.projectTitle}）` : ''}${r.note ? `：${r.note}` : ''}`,
            )
            .join('；')}
        />
      ) : null}
      <Card>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }}>
          {p.applicationNo ? (
            <Descriptions.Item label={t('project.applicationNo')}>{p.applicationNo}</Descriptions.Item>
          ) : null}
          {p.code ? <Descriptions.Item label={t('project.code')}>{p.code}</Descriptions.Item> : null}
          <Descriptions.Item label={t('project.program')}>
            <Tag color="blue">{t(`programLevel.${p.program.level}`)}</Tag>
            {p.program.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('hall.call')} span={2}>
            {p.callTitle}
          </Descriptions.Item>
          <Descriptions.Item label={t('project.org')}>
            {can(...screenRoles.orgs!) ? <Link to={`/orgs/${p.orgId}`}>{p.orgName}</Link> : p.orgName}
          </Descriptions.Item>
          <Descriptions.Item label={t('project.leader')}>{p.leaderName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('project.submittedAt')}>{formatDateTime(p.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('project.requested')}>{formatYuan(p.requestedFunding)}</Descriptions.Item>
          <Descriptions.Item label={t('project.approved')}>{formatYuan(p.approvedFunding)}</Descriptions.Item>
          <Descriptions.Item label={t('project.docNo')}>{p.docNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('project.planType')}>{p.planType ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <StampedCopyHint project={p} call={call.data} />
      {/* An expert scores beside the application it reads, on a wide screen; one under the other on a narrow one. */}
      <Row gutter={16}>
        <Col xs={24} xl={scoresBeside ? 14 : 24}>
          <Card
            title={t('project.content')}
            style={{ marginTop: 16 }}
            extra={
              <Space wrap size={4}>
                <span className="kg-muted">
                  {p.printedChecksum && !editing
                    ? t('application.numbers', { no: p.applicationNo, checksum: p.printedChecksum })
                    : null}
                </span>
                <DownloadButton
                  size="small"
                  href={`/api/projects/${p.id}/application.pdf`}
                  title={editing ? t('application.draftPrint') : undefined}
                >
                  {t('application.pdf')}
                </DownloadButton>
                <DownloadButton size="small" href={`/api/projects/${p.id}/application.docx`}>
                  {t('application.docx')}
                </DownloadButton>
              </Space>
            }
          >
            {call.data?.applicationTemplate && p.application ? (
              editing ? (
                <ApplicationEditor project={p} call={call.data} />
              ) : (
                <>
                  <ApplicationSections project={p} />
                  {call.data.formFields.length ? (
                    <FormDataView data={p.formData} fields={call.data.formFields} />
                  ) : null}
                </>
              )
            ) : editing && call.data ? (
              <DraftForm project={p} fields={call.data.formFields} />
            ) : (
              <FormDataView data={p.formData} fields={call.data?.formFields ?? []} />
            )}
          </Card>
        </Col>
        {scoresBeside ? (
          <Col xs={24} xl={10}>
            <div className="kg-sticky">
              <ReviewCard project={p} />
            </div>
          </Col>
        ) : null}
      </Row>
      <VersionsCard project={p} />
      {can('staff', 'leader') ? <DuplicatesCard project={p} /> : null}
      <ExecutionCard project={p} />
      <FundingCard project={p} />
      <AttachmentsCard project={p} />
      {p.expertReview && can('staff', 'leader') ? <ReviewCard project={p} /> : null}
      {p.expertReview && can('expert') && !scoresBeside ? <ReviewCard project={p} /> : null}
      <Card title={t('project.history')} style={{ marginTop: 16 }}>
        <Timeline
          items={p.history.map((event) => ({
            color: stateColors[event.toState] === 'default' ? 'gray' : stateColors[event.toState],
            content: (
              <div>
                <strong>{t(`projectAction.${event.action}`, { defaultValue: event.action })}</strong>
                <span className="kg-muted">
                  {' '}
                  · {event.actorName}
                  {event.actorName === t(`roles.${event.actorRole}`)
                    ? ''
                    : `（${t(`roles.${event.actorRole}`, { defaultValue: event.actorRole })}）`}{' '}
                  · {formatDateTime(event.at)}
                </span>
                <div>
                  <Tag>{t(`projectState.${event.toState}`)}</Tag>
                  {event.comment ? <span>{event.comment}</span> : null}
                </div>
                {event.data ? <EventData data={event.data} /> : null}
              </div>
            ),
          }))}
        />
      </Card>
      {acting ? <ActionModal project={p} action={acting} onClose={() => setActing(undefined)} /> : null}
    </>
  );
}

/** 盖章件: once submitted, the applicant prints the 申报书 of this checksum, has it signed and stamped, and uploads the scan. */
function StampedCopyHint({ project, call }: { project: ProjectDetail; call: CallDetail | undefined }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const step = call?.applicationTemplate?.stampedCopyStep;
  const waiting =
    step === 'recommend'
      ? project.state === 'submitted'
      : step === 'pass_formal_review'
        ? project.state === 'submitted' || project.state === 'recommended'
        : false;
  if (!waiting || !project.printedChecksum || !can('applicant')) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginTop: 16 }}
      title={t('application.stampedHint', { checksum: project.printedChecksum })}
    />
  );
}

function EventData({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation();
  const parts = [
    data.approved === false ? t('project.resultRejected') : null,
    data.funding !== undefined
      ? `${t('project.funding')}：${formatYuan(String(data.funding).includes('.') ? String(data.funding) : `${data.funding}.00`)}`
      : null,
    data.docNo ? `${t('project.docNo')}：${data.docNo}` : null,
    data.planType ? String(data.planType) : null,
    data.result ? `${t('project.midtermResult')}：${data.result}` : null,
  ].filter(Boolean);
  return parts.length ? <div className="kg-muted">{parts.join(' · ')}</div> : null;
}

function FormDataView({ data, fields }: { data: Record<string, unknown>; fields: FormFieldDef[] }) {
  const { t } = useTranslation();
  if (!fields.length) return <span className="kg-muted">{t('project.noExtraFields')}</span>;
  return (
    <Descriptions column={1} bordered size="small">
      {fields.map((field) => {
        const value = data[field.key];
        return (
          <Descriptions.Item key={field.key} label={field.label}>
            {field.type === 'table' && Array.isArray(value) ? (
              <Table
                size="small"
                pagination={false}
                rowKey={(_, i) => String(i)}
                dataSource={value as Record<string, unknown>[]}
                columns={(field.columns ?? []).map((c) => ({ title: c.label, dataIndex: c.key }))}
              />
            ) : value === undefined || value === null || value === '' ? (
              '—'
            ) : (
              String(value)
            )}
          </Descriptions.Item>
        );
      })}
    </Descriptions>
  );
}

function DraftForm({ project, fields }: { project: ProjectDetail; fields: FormFieldDef[] }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (values: Record<string, unknown>) =>
      api('PATCH', `/api/projects/${project.id}`, {
        ...values,
        requestedFunding: values.requestedFunding || null,
        version: project.version,
      }),
    refresh: [['projects']],
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        title: project.title,
        leaderName: project.leaderName,
        requestedFunding: project.requestedFunding,
        formData: project.formData,
      }}
      onFinish={(values) => void run(values)}
    >
      <Form.Item
        name="title"
        label={t('project.title')}
        rules={[{ required: true, min: 2, max: 200, message: t('project.titleRule') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="leaderName" label={t('project.leader')}>
        <Input maxLength={50} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item
        name="requestedFunding"
        label={t('project.requested')}
        rules={[{ pattern: /^\d{1,13}(\.\d{1,2})?$/, message: t('project.moneyRule') }]}
      >
        <Input style={{ width: 240 }} suffix={t('project.yuan')} />
      </Form.Item>
      <CallFormFields fields={fields} enforceRequired />
      <Button htmlType="submit" loading={busy}>
        {t('hall.saveDraft')}
      </Button>
    </Form>
  );
}
