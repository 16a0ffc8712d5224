import { GlobalOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Drawer, Input, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { today } from '../../lib/clock';
import { formatDate, formatDateTime } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { Table } from '../../lib/table';
import { PageTitle } from '../../shell/AppLayout';

interface Tally {
  received: number;
  adopted: number;
  partly: number;
  notAdopted: number;
  undecided: number;
}
interface Consultation extends Tally {
  id: number;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  resultAt: string | null;
}
interface Comment {
  id: number;
  body: string;
  name: string;
  contact: string;
  receivedAt: string;
  adoption: 'adopted' | 'partly' | 'not_adopted' | null;
  reason: string | null;
  version: number;
}
interface Detail {
  id: number;
  title: string;
  endsOn: string | null;
  comments: Comment[];
  result: { body: string; publishedAt: string | null; version: number } | null;
  tally: Tally;
}

const key = ['consultations'] as const;

/**
 * 意见征集: each draft out for comment, what came in, how each comment was taken up, and the outcome (采纳情况)
 * published on the site once the period has ended.
 */
export function ConsultationsPage() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number>();
  const list = useQuery({
    queryKey: [...key, 'list'],
    queryFn: () => api<{ items: Consultation[] }>('GET', '/api/consultations'),
  });
  const day = today();
  return (
    <>
      <PageTitle
        title={t('consultation.title')}
        extra={
          <Button icon={<GlobalOutlined />} href="/consultations/" target="_blank">
            {t('consultation.publicPage')}
          </Button>
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('consultation.hint')} />
      <Table<Consultation>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('consultation.empty') }}
        pagination={false}
        columns={[
          {
            title: t('consultation.name'),
            dataIndex: 'title',
            render: (title: string, c) => (
              <Button type="link" className="kg-link-cell" onClick={() => setOpen(c.id)}>
                {title}
              </Button>
            ),
          },
          {
            title: t('consultation.period'),
            key: 'period',
            width: 260,
            render: (_, c) => `${formatDate(c.startsOn)}—${formatDate(c.endsOn)}`,
          },
          { title: t('consultation.received'), dataIndex: 'received', width: 100, align: 'right' },
          {
            title: t('consultation.weighed'),
            key: 'weighed',
            width: 220,
            render: (_, c) => t('consultation.tally', { ...c }),
          },
          {
            title: t('consultation.state'),
            key: 'state',
            width: 140,
            render: (_, c) =>
              c.resultAt ? (
                <Tag color="success">{t('consultation.published')}</Tag>
              ) : c.endsOn && c.endsOn < day ? (
                <Tag color="warning">{t('consultation.toPublish')}</Tag>
              ) : (
                <Tag color="processing">{t('consultation.running')}</Tag>
              ),
          },
        ]}
      />
      {open ? <ConsultationDrawer id={open} onClose={() => setOpen(undefined)} /> : null}
    </>
  );
}

function ConsultationDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const detail = useQuery({
    queryKey: [...key, 'one', id],
    queryFn: () => api<Detail>('GET', `/api/consultations/${id}`),
  });
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const d = detail.data;
  useEffect(() => {
    if (d?.result) setText(d.result.body);
  }, [d?.result]);
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      notify.success(done);
      await refresh();
    } catch (error) {
      notify.error(error);
    } finally {
      setBusy(false);
    }
  };
  const published = Boolean(d?.result?.publishedAt);
  const ended = Boolean(d?.endsOn && d.endsOn < today());
  return (
    <Drawer open size={860} onClose={onClose} title={d?.title ?? t('consultation.title')}>
      {!d ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Text>{t('consultation.tally', { ...d.tally })}</Typography.Text>
          <Table<Comment>
            rowKey="id"
            size="small"
            dataSource={d.comments}
            pagination={false}
            locale={{ emptyText: t('consultation.noComments') }}
            columns={[
              {
                title: t('consultation.comment'),
                dataIndex: 'body',
                render: (body: string, c) => (
                  <>
                    <div className="kg-message-body">{body}</div>
                    <div className="kg-muted">
                      {c.name} · {c.contact} · {formatDateTime(c.receivedAt)}
                    </div>
                  </>
                ),
              },
              {
                title: t('consultation.adoption'),
                key: 'adoption',
                width: 300,
                render: (_, c) => (
                  <Adoption
                    comment={c}
                    disabled={published || busy}
                    onSave={(adoption, reason) =>
                      run(
                        () =>
                          api('POST', `/api/consultations/comments/${c.id}`, {
                            adoption,
                            reason: reason || undefined,
                            version: c.version,
                          }),
                        t('common.saved'),
                      )
                    }
                  />
                ),
              },
            ]}
          />
          <Typography.Title level={5}>{t('consultation.result')}</Typography.Title>
          {published ? (
            <Alert
              type="success"
              showIcon
              title={t('consultation.publishedAt', { at: formatDateTime(d.result!.publishedAt) })}
            />
          ) : null}
          <Input.TextArea
            rows={6}
            maxLength={20000}
            value={text}
            disabled={published}
            aria-label={t('consultation.result')}
            placeholder={t('consultation.resultPlaceholder')}
            onChange={(e) => setText(e.target.value)}
          />
          {published ? null : (
            <Space wrap>
              <Button
                loading={busy}
                disabled={!text.trim()}
                onClick={() =>
                  void run(
                    () =>
                      api('PUT', `/api/consultations/${id}/result`, { body: text, version: d.result?.version ?? 0 }),
                    t('common.saved'),
                  )
                }
              >
                {t('common.save')}
              </Button>
              <Button
                type="primary"
                loading={busy}
                disabled={!d.result || !ended}
                onClick={() =>
                  void run(
                    () => api('POST', `/api/consultations/${id}/result/publish`, { version: d.result!.version }),
                    t('consultation.publishedDone'),
                  )
                }
              >
                {t('consultation.publish')}
              </Button>
              {ended ? null : (
                <Typography.Text type="secondary">
                  {t('consultation.publishAfter', { day: formatDate(d.endsOn) })}
                </Typography.Text>
              )}
            </Space>
          )}
        </Space>
      )}
    </Drawer>
  );
}

function Adoption({
  comment,
  disabled,
  onSave,
}: {
  comment: Comment;
  disabled: boolean;
  onSave(adoption: string, reason: string): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [adoption, setAdoption] = useState<string | undefined>(comment.adoption ?? undefined);
  const [reason, setReason] = useState(comment.reason ?? '');
  const changed = adoption !== (comment.adoption ?? undefined) || reason !== (comment.reason ?? '');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select
        value={adoption}
        disabled={disabled}
        style={{ width: '100%' }}
        aria-label={t('consultation.adoption')}
        placeholder={t('consultation.undecided')}
        onChange={setAdoption}
        options={(['adopted', 'partly', 'not_adopted'] as const).map((a) => ({
          value: a,
          label: t(`consultation.adoptions.${a}`),
        }))}
      />
      {adoption && adoption !== 'adopted' ? (
        <Input
          value={reason}
          disabled={disabled}
          maxLength={1000}
          aria-label={t('consultation.reason')}
          placeholder={t('consultation.reason')}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : null}
      {changed && adoption ? (
        <Button size="small" disabled={disabled} onClick={() => void onSave(adoption, reason)}>
          {t('common.save')}
        </Button>
      ) : null}
    </Space>
  );
}
