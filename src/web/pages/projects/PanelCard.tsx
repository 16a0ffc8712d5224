import { useQuery } from '@tanstack/react-query';
import {
  Button,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { Table } from '../../lib/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { today } from '../../lib/clock';
import { useFormAction } from '../../lib/form-action';
import { formatDate, formatDateTime } from '../../lib/format';

interface Draw {
  id: number;
  kind: 'panel' | 'replacement';
  field: string | null;
  size: number;
  seed: string;
  candidates: number[];
  excluded: { expertId: number; reason: string; projectId?: number }[];
  drawn: number[];
  drawnNames: string[];
  replacesName: string | null;
  reason: string | null;
  dueOn: string;
  drawnAt: string;
}
interface PanelExpert {
  expertId: number;
  name: string;
  assigned: number;
  scored: number;
  declined: string | null;
  dueOn: string | null;
  overdue: boolean;
}
interface PoolExpert {
  id: number;
  displayName: string;
  fields: string[];
}

/**
 * 评审专家组 of the call: draw a panel at random from the pool (by field, with 回避), read each draw's record —
 * seed, candidates, who was left out and why — follow each expert's progress, and replace one who declined
 * or missed the deadline.
 */
export function PanelCard({ callId }: { callId: number }) {
  const { t } = useTranslation();
  const panel = useQuery({
    queryKey: ['projects', 'panel', callId],
    queryFn: () => api<{ draws: Draw[]; experts: PanelExpert[] }>('GET', `/api/calls/${callId}/panel`),
  });
  const pool = useQuery({ queryKey: ['experts'], queryFn: () => api<{ items: PoolExpert[] }>('GET', '/api/experts') });
  const [drawing, setDrawing] = useState(false);
  const [replacing, setReplacing] = useState<PanelExpert>();
  const nameOf = (id: number) => pool.data?.items.find((e) => e.id === id)?.displayName ?? `#${id}`;
  const fields = [...new Set((pool.data?.items ?? []).flatMap((e) => e.fields))].sort();
  return (
    <div style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('panel.title')}</Typography.Text>
        <Button type="primary" onClick={() => setDrawing(true)}>
          {t('panel.draw')}
        </Button>
        <span className="kg-muted">{t('panel.help')}</span>
      </Space>
      {(panel.data?.experts ?? []).length ? (
        <Table<PanelExpert>
          size="small"
          rowKey="expertId"
          pagination={false}
          dataSource={panel.data?.experts}
          columns={[
            { title: t('review.expert'), dataIndex: 'name' },
            { title: t('panel.progress'), width: 120, render: (_, e) => `${e.scored} / ${e.assigned}` },
            {
              title: t('panel.dueOn'),
              width: 150,
              render: (_, e) =>
                e.overdue ? (
                  <Tag color="red">{`${formatDate(e.dueOn)} ${t('approval.overdue')}`}</Tag>
                ) : (
                  formatDate(e.dueOn)
                ),
            },
            {
              title: t('panel.status'),
              render: (_, e) =>
                e.declined ? (
                  <Tag color="orange">{t('panel.declined', { reason: e.declined })}</Tag>
                ) : e.scored === e.assigned ? (
                  <Tag color="green">{t('panel.done')}</Tag>
                ) : (
                  <Tag>{t('review.waiting')}</Tag>
                ),
            },
            {
              title: t('common.actions'),
              width: 100,
              render: (_, e) =>
                e.scored < e.assigned ? (
                  <Button size="small" type="link" onClick={() => setReplacing(e)}>
                    {t('panel.replace')}
                  </Button>
                ) : null,
            },
          ]}
        />
      ) : null}
      {(panel.data?.draws ?? []).map((d) => (
        <Descriptions
          key={d.id}
          size="small"
          column={{ xs: 1, md: 2 }}
          style={{ marginTop: 12 }}
          title={
            d.kind === 'panel'
              ? t('panel.drawRecord', { at: formatDateTime(d.drawnAt) })
              : t('panel.replacementRecord', { at: formatDateTime(d.drawnAt), name: d.replacesName ?? '' })
          }
        >
          <Descriptions.Item label={t('panel.field')}>{d.field ?? t('panel.anyField')}</Descriptions.Item>
          <Descriptions.Item label={t('panel.seed')}>
            <Typography.Text code copyable>
              {d.seed}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('panel.candidates')}>
            {t('panel.candidateCount', { count: d.candidates.length })}
          </Descriptions.Item>
          <Descriptions.Item label={t('panel.drawn')}>{d.drawnNames.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('panel.excluded')} span={2}>
            {d.excluded.length
              ? d.excluded.map((x) => `${nameOf(x.expertId)}（${t(`panel.reasons.${x.reason}`)}）`).join('；')
              : '—'}
          </Descriptions.Item>
          {d.reason ? <Descriptions.Item label={t('panel.replaceReason')}>{d.reason}</Descriptions.Item> : null}
        </Descriptions>
      ))}
      {drawing ? <DrawModal callId={callId} fields={fields} onClose={() => setDrawing(false)} /> : null}
      {replacing ? <ReplaceModal callId={callId} expert={replacing} onClose={() => setReplacing(undefined)} /> : null}
    </div>
  );
}

function DrawModal({ callId, fields, onClose }: { callId: number; fields: string[]; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (v: { field?: string; size: number; dueOn: dayjs.Dayjs }) =>
      api<{ drawnNames?: string[]; drawn: number[] }>('POST', `/api/calls/${callId}/panel/draw`, {
        field: v.field || undefined,
        size: v.size,
        dueOn: v.dueOn.format('YYYY-MM-DD'),
      }),
    refresh: [['projects']],
    success: (r) => t('panel.drawnCount', { count: r.drawn.length }),
    onDone: onClose,
  });
  return (
    <Modal
      open
      title={t('panel.draw')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <p className="kg-muted">{t('panel.drawHelp')}</p>
      <Form form={form} layout="vertical" initialValues={{ size: 5, dueOn: dayjs(today()).add(10, 'day') }}>
        <Form.Item name="field" label={t('panel.field')}>
          <Select allowClear placeholder={t('panel.anyField')} options={fields.map((f) => ({ value: f, label: f }))} />
        </Form.Item>
        <Form.Item name="size" label={t('panel.size')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={1} max={15} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('panel.dueOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(today()), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReplaceModal({ callId, expert, onClose }: { callId: number; expert: PanelExpert; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (v: { reason: string; note?: string }) =>
      api('POST', `/api/calls/${callId}/panel/replace`, { expertId: expert.expertId, ...v }),
    refresh: [['projects']],
    success: () => t('panel.replaced'),
    onDone: onClose,
  });
  return (
    <Modal
      open
      title={`${t('panel.replace')}：${expert.name}`}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reason: expert.declined ? 'declined' : expert.overdue ? 'missed_deadline' : 'other' }}
      >
        <Form.Item name="reason" label={t('panel.replaceReason')}>
          <Select
            options={(['declined', 'missed_deadline', 'conflict', 'other'] as const).map((r) => ({
              value: r,
              label: t(`panel.replaceReasons.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('project.comment')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
