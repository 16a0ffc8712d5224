import { CalendarOutlined, EyeInvisibleOutlined, GlobalOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select, Tooltip } from 'antd';
import { Table } from '../../lib/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLocalName, useSections } from '../../lib/dictionaries';
import { formatDate } from '../../lib/format';
import { usePagedList } from '../../lib/paged-list';
import { PageTitle } from '../../shell/AppLayout';
import { MessageDrawer } from './MessageDrawer';
import { MessageStatistics } from './MessageStatistics';
import { MessageKindTag, MessageStateTag } from './MessageTags';
import { type Message, messageKinds, messagesKey } from './model';
import { thisYear } from '../../lib/clock';

type Filters = { state?: string; kind?: string; mine?: string; q?: string };
const states = ['open', 'overdue', 'received', 'assigned', 'answered'] as const;

/** 留言办理: the year's reply figures, then the box — open messages first by their due day — and one message at a time. */
export function MessagesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sections = useSections(true);
  const localName = useLocalName();
  const [params] = useSearchParams();
  const [year, setYear] = useState(thisYear());
  const [open, setOpen] = useState<Message>();
  const { filters, set, page, setPage, list } = usePagedList<Filters, Message>({
    key: [...messagesKey, 'list'],
    url: '/api/portal/messages',
    initial: { state: params.get('state') ?? undefined },
    pageSize: 20,
  });

  // The open message follows the box as it refreshes after an action.
  useEffect(() => {
    const fresh = list.data?.items.find((m) => m.id === open?.id);
    if (fresh && open && fresh !== open && fresh.version >= open.version) setOpen(fresh);
  }, [list.data, open]);

  return (
    <>
      <PageTitle
        title={t('portal.messages.title')}
        extra={
          <>
            <Select
              value={year}
              style={{ width: 120 }}
              aria-label={t('portal.messages.year')}
              onChange={setYear}
              options={Array.from({ length: 6 }, (_, i) => thisYear() - i).map((y) => ({
                value: y,
                label: t('target.yearOf', { year: y }),
              }))}
            />
            <Button icon={<CalendarOutlined />} onClick={() => void navigate('/portal/calendar')}>
              {t('portal.calendar.title')}
            </Button>
            <Button icon={<GlobalOutlined />} href="/messages/" target="_blank">
              {t('portal.messages.publicBox')}
            </Button>
          </>
        }
      />
      <MessageStatistics year={year} />
      <div className="kg-filters">
        <Input.Search
          allowClear
          placeholder={t('portal.messages.search')}
          style={{ width: 260 }}
          onSearch={(q) => set({ q: q || undefined })}
        />
        <Select
          allowClear
          placeholder={t('portal.messages.state')}
          aria-label={t('portal.messages.state')}
          style={{ width: 150 }}
          value={filters.state}
          onChange={(state?: string) => set({ state })}
          options={states.map((s) => ({ value: s, label: t(`portal.messages.filter.${s}`) }))}
        />
        <Select
          allowClear
          placeholder={t('portal.messages.kind')}
          aria-label={t('portal.messages.kind')}
          style={{ width: 140 }}
          value={filters.kind}
          onChange={(kind?: string) => set({ kind })}
          options={messageKinds.map((k) => ({ value: k, label: t(`portal.messages.kinds.${k}`) }))}
        />
        <Checkbox checked={filters.mine === '1'} onChange={(e) => set({ mine: e.target.checked ? '1' : undefined })}>
          {t('portal.messages.mine')}
        </Checkbox>
      </div>
      <Table<Message>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 1080 }}
        rowClassName={(m) => (m.overdue ? 'kg-row-overdue' : '')}
        onRow={(m) => ({ onDoubleClick: () => setOpen(m) })}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          showSizeChanger: true,
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          {
            title: t('portal.messages.subject'),
            dataIndex: 'subject',
            render: (subject: string, m) => (
              <Button type="link" className="kg-link-cell" onClick={() => setOpen(m)}>
                {subject}
              </Button>
            ),
          },
          {
            title: t('portal.messages.kind'),
            dataIndex: 'kind',
            width: 100,
            render: (k: Message['kind']) => <MessageKindTag kind={k} />,
          },
          {
            title: t('portal.messages.receivedAt'),
            dataIndex: 'receivedAt',
            width: 150,
            render: (v: string) => formatDate(v),
          },
          {
            title: t('portal.messages.dueOn'),
            dataIndex: 'dueOn',
            width: 150,
            render: (v: string, m) =>
              m.state === 'answered' ? (
                <span className="kg-muted">{formatDate(v)}</span>
              ) : (
                <span className={m.overdue ? 'kg-overdue' : undefined}>{formatDate(v)}</span>
              ),
          },
          {
            title: t('portal.messages.state'),
            key: 'state',
            width: 170,
            render: (_, m) => <MessageStateTag message={m} />,
          },
          {
            title: t('portal.messages.handler'),
            key: 'handler',
            width: 200,
            ellipsis: true,
            render: (_, m) =>
              [
                m.sectionCode
                  ? localName(
                      sections.data?.find((s) => s.code === m.sectionCode),
                      m.sectionCode,
                    )
                  : null,
                m.assignee,
              ]
                .filter(Boolean)
                .join(' · ') || '—',
          },
          {
            title: t('portal.messages.publicShort'),
            key: 'published',
            width: 80,
            align: 'center',
            render: (_, m) =>
              m.published ? (
                <Tooltip title={t('portal.messages.published')}>
                  <GlobalOutlined style={{ color: '#389e0d' }} aria-label={t('portal.messages.published')} />
                </Tooltip>
              ) : m.mayPublish ? null : (
                <Tooltip title={t('portal.messages.notAgreed')}>
                  <EyeInvisibleOutlined className="kg-muted" aria-label={t('portal.messages.notAgreed')} />
                </Tooltip>
              ),
          },
        ]}
      />
      {open ? (
        <MessageDrawer
          key={open.id}
          message={open}
          onChanged={(row) =>
            setOpen((m) => (m ? { ...m, ...row, overdue: row.state === 'answered' ? false : m.overdue } : m))
          }
          onClose={() => setOpen(undefined)}
        />
      ) : null}
    </>
  );
}
