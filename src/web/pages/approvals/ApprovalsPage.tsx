import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Form, Input, Space, Tabs, Tag, Timeline } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { applyServerError } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatYuan } from '../../lib/money';
import { useNotify } from '../../lib/notify';
import { PageTitle } from '../../shell/AppLayout';

type Kind = 'project_decision' | 'subsidy_payment' | 'letter_issue' | 'assessment_result';
type Status = 'pending' | 'approved' | 'refused' | 'withdrawn';
export interface Approval {
  id: number;
  kind: Kind;
  entityType: string;
  entityId: number;
  title: string;
  payload: Record<string, unknown>;
  steps: { role: 'staff' | 'leader'; days: number }[];
  step: number;
  status: Status;
  dueOn: string | null;
  overdue: boolean;
  requestedBy: number;
  requester: string;
  requestedAt: string;
  decidedAt: string | null;
  mine: boolean;
  version: number;
}
interface Detail extends Approval {
  decisions: { step: number; decision: 'approve' | 'refuse'; comment: string | null; decidedAt: string; by: string }[];
}

const statusColor: Record<Status, string> = {
  pending: 'processing',
  approved: 'green',
  refused: 'red',
  withdrawn: 'default',
};
const scopes = ['waiting', 'mine', 'all'] as const;

/** Where the thing an approval is about lives in the back office. */
export function approvalLink(a: Pick<Approval, 'kind' | 'entityId'>): string {
  if (a.kind === 'project_decision') return `/projects/${a.entityId}`;
  if (a.kind === 'subsidy_payment') return '/subsidies?tab=batches';
  if (a.kind === 'letter_issue') return '/targets?tab=letters';
  return '/targets?tab=assessments';
}

/** What approving makes happen, in the reader's words. */
export function useApprovalWhat() {
  const { t } = useTranslation();
  return (a: Pick<Approval, 'kind' | 'payload'>): string => {
    const p = a.payload as Record<string, string | number | null | Record<string, unknown>>;
    if (a.kind === 'project_decision') {
      const data = (p.data ?? {}) as { funding?: string | number; docNo?: string };
      return p.action === 'reject'
        ? t('approval.projectReject')
        : `${t('approval.projectApprove', { funding: formatYuan(data.funding === undefined ? null : Number(data.funding).toFixed(2)) })}${data.docNo ? `（${data.docNo}）` : ''}`;
    }
    if (a.kind === 'subsidy_payment')
      return `${t('approval.docNo')} ${p.docNo} · ${t('approval.paidOn')} ${formatDate(p.paidOn as string)} · ${t('approval.total')} ${formatYuan(p.total as string)}`;
    if (a.kind === 'letter_issue') return t('approval.letterOf', { year: p.year, unit: p.unit });
    return t('approval.resultOf', { docNo: p.noticeDocNo });
  };
}

/**
 * 审批事项: what waits for the caller's signature (the director's desk), what they put up, and everything,
 * each with its deadline; opening one shows what approving does, the course so far, and — when it is the
 * caller's step — approve or refuse with the reason.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const scope = (scopes as readonly string[]).includes(params.get('scope') ?? '')
    ? (params.get('scope') as (typeof scopes)[number])
    : can('leader')
      ? 'waiting'
      : 'mine';
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['approvals', scope, page],
    queryFn: () =>
      api<{ items: Approval[]; total: number }>('GET', `/api/approvals?scope=${scope}&page=${page}&pageSize=20`),
  });
  const what = useApprovalWhat();
  const opened = Number(params.get('open')) || undefined;
  const open = (id?: number) =>
    setParams((p) => ({ ...Object.fromEntries(p), ...(id ? { open: String(id) } : {}), ...(id ? {} : { open: '' }) }), {
      replace: true,
    });
  return (
    <>
      <PageTitle title={t('approval.title')} />
      <Tabs
        activeKey={scope}
        onChange={(key) => {
          setPage(1);
          setParams({ scope: key }, { replace: true });
        }}
        items={scopes.map((s) => ({ key: s, label: t(`approval.${s}`) }))}
      />
      <Table<Approval>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 960 }}
        locale={{ emptyText: t('approval.none') }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (total) => t('common.total', { total }),
        }}
        onRow={(a) => ({ onClick: () => open(a.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('approval.subject'),
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => open(a.id)}
                >
                  {a.title}
                </Button>
                <span className="kg-muted">{what(a)}</span>
              </Space>
            ),
          },
          { title: t('approval.kind'), width: 120, render: (_, a) => <Tag>{t(`approval.kinds.${a.kind}`)}</Tag> },
          { title: t('approval.requester'), dataIndex: 'requester', width: 160 },
          { title: t('approval.requestedAt'), width: 130, render: (_, a) => formatDate(a.requestedAt) },
          {
            title: t('approval.step'),
            width: 120,
            render: (_, a) =>
              a.status === 'pending' ? t('approval.stepOf', { step: a.step + 1, of: a.steps.length }) : '—',
          },
          {
            title: t('approval.dueOn'),
            width: 140,
            render: (_, a) =>
              a.status !== 'pending' ? (
                '—'
              ) : a.overdue ? (
                <Tag color="red">{`${formatDate(a.dueOn)} ${t('approval.overdue')}`}</Tag>
              ) : (
                formatDate(a.dueOn)
              ),
          },
          {
            title: t('approval.status'),
            width: 100,
            render: (_, a) => <Tag color={statusColor[a.status]}>{t(`approval.statuses.${a.status}`)}</Tag>,
          },
        ]}
      />
      {opened ? <ApprovalDrawer id={opened} onClose={() => open(undefined)} /> : null}
    </>
  );
}

function ApprovalDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const { user } = useSession();
  const detail = useQuery({
    queryKey: ['approvals', 'one', id],
    queryFn: () => api<Detail>('GET', `/api/approvals/${id}`),
  });
  const what = useApprovalWhat();
  const [form] = Form.useForm<{ comment?: string }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const a = detail.data;
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['approvals'] }),
      client.invalidateQueries({ queryKey: ['todos'] }),
      client.invalidateQueries({ queryKey: ['notifications'] }),
    ]);
  const decide = async (decision: 'approve' | 'refuse') => {
    const { comment } = form.getFieldsValue();
    if (decision === 'refuse' && !comment?.trim()) {
      form.setFields([{ name: 'comment', errors: [t('approval.commentRequired')] }]);
      return;
    }
    setBusy(true);
    try {
      await api('POST', `/api/approvals/${id}/decision`, {
        decision,
        comment: comment?.trim() || undefined,
        version: a?.version,
      });
      notify.success(t(decision === 'approve' ? 'approval.approved' : 'approval.refused'));
      await refresh();
      onClose();
    } catch (e) {
      setError(applyServerError(form, e));
    } finally {
      setBusy(false);
    }
  };
  const withdraw = async () => {
    try {
      await api('POST', `/api/approvals/${id}/withdraw`);
      notify.success(t('approval.withdrawn'));
      await refresh();
      onClose();
    } catch (e) {
      notify.error(e);
    }
  };
  return (
    <Drawer open width={560} title={a?.title ?? t('approval.title')} onClose={onClose} loading={detail.isLoading}>
      {a ? (
        <>
          {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('approval.kind')}>{t(`approval.kinds.${a.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('approval.what')}>{what(a)}</Descriptions.Item>
            <Descriptions.Item
              label={t('approval.requester')}
            >{`${a.requester} · ${formatDateTime(a.requestedAt)}`}</Descriptions.Item>
            <Descriptions.Item label={t('approval.status')}>
              <Tag color={statusColor[a.status]}>{t(`approval.statuses.${a.status}`)}</Tag>
              {a.status === 'pending'
                ? `${t('approval.stepOf', { step: a.step + 1, of: a.steps.length })} · ${t('approval.dueOn')} ${formatDate(a.dueOn)}`
                : null}
            </Descriptions.Item>
          </Descriptions>
          <p style={{ marginTop: 12 }}>
            <Link to={approvalLink(a)}>{t('approval.open')}</Link>
          </p>
          <h4>{t('approval.decisions')}</h4>
          <Timeline
            items={[
              {
                color: 'blue',
                children: `${formatDateTime(a.requestedAt)} ${t('approval.putUpBy', { who: a.requester })}`,
              },
              ...a.decisions.map((d) => ({
                color: d.decision === 'approve' ? 'green' : 'red',
                children: `${formatDateTime(d.decidedAt)} ${t('approval.decided', { who: d.by, decision: t(`approval.decisionWords.${d.decision}`) })}${d.comment ? `：${d.comment}` : ''}`,
              })),
              ...a.steps.slice(a.status === 'pending' ? a.step : a.steps.length).map((s, i) => ({
                color: 'gray',
                children: `${t('approval.stepOf', { step: a.step + i + 1, of: a.steps.length })} · ${t(`approval.roles.${s.role}`)}`,
              })),
            ]}
          />
          {a.mine ? (
            <Form form={form} layout="vertical">
              <Form.Item name="comment" label={t('approval.comment')}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
              <Space>
                <Button type="primary" loading={busy} onClick={() => void decide('approve')}>
                  {t('approval.approve')}
                </Button>
                <Button danger loading={busy} onClick={() => void decide('refuse')}>
                  {t('approval.refuse')}
                </Button>
              </Space>
            </Form>
          ) : null}
          {a.status === 'pending' && a.requestedBy === user?.id ? (
            <Button onClick={() => void withdraw()}>{t('approval.withdraw')}</Button>
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}
