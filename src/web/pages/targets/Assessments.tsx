import { DownloadOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { DownloadButton } from '../../lib/DownloadButton';
import { useSession } from '../../lib/auth';
import { formatDateTime } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { figureText, type Unit, unitName } from './model';

interface Round {
  id: number;
  year: number;
  kind: 'mid_year' | 'year_end';
  status: 'open' | 'locked' | 'signed_off';
  onsiteShare: number;
}
interface Line {
  letterItemId: number;
  name: string;
  unit: string;
  weight: number;
  share: string;
  value: number | null;
  computedMax: number;
  onsiteMax: number;
  computed: number;
  onsite: number;
  points: number;
  onsiteScore: number | null;
  onsiteNote: string | null;
  assessor: string | null;
}
interface UnitResult {
  letterId: number;
  unit: Unit;
  rankGroup: string;
  rank: number;
  lines: Line[];
  adjustments: { id: number; kind: 'bonus' | 'deduction'; points: number; reason: string }[];
  computed: number;
  onsite: number;
  bonus: number;
  deductions: number;
  total: number;
}
interface Results {
  id: number;
  year: number;
  kind: 'mid_year' | 'year_end';
  status: Round['status'];
  asOfMonth: number;
  lockedAt: string | null;
  signedOffAt: string | null;
  units: UnitResult[];
}

const statusColor = { open: 'processing', locked: 'blue', signed_off: 'green' } as const;
const groups = ['territory', 'department', 'section', 'staff'];

/** 考核: a round's units with computed and on-site points, adjustments, totals and ranks; locking and sign-off; export. */
export function Assessments({ year }: { year: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const client = useQueryClient();
  const rounds = useQuery({ queryKey: ['targets', 'assessments', year], queryFn: () => api<{ items: Round[] }>('GET', `/api/targets/assessments?year=${year}`) });
  const [picked, setPicked] = useState<number>();
  const roundId = picked ?? rounds.data?.items[0]?.id;
  const results = useQuery({ queryKey: ['targets', 'assessment', roundId], queryFn: () => api<Results>('GET', `/api/targets/assessments/${roundId}`), enabled: roundId !== undefined });
  const [creating, setCreating] = useState(false);
  const [group, setGroup] = useState('territory');
  const refresh = () => client.invalidateQueries({ queryKey: ['targets'] });
  const act = async (action: 'lock' | 'unlock' | 'sign_off') => {
    try {
      await api('POST', `/api/targets/assessments/${roundId}/actions`, { action });
      notify.success(t(`assessment.done.${action}`));
      await refresh();
    } catch (error) {
      notify.error(error);
    }
  };
  const data = results.data;
  const open = data?.status === 'open' && can('staff');
  const units = (data?.units ?? []).filter((u) => u.rankGroup === group).sort((a, b) => a.rank - b.rank);
  return (
    <Card
      title={
        <Space wrap>
          <span>{t('assessment.title')}</span>
          <Select
            style={{ width: 200 }}
            value={roundId}
            onChange={setPicked}
            placeholder={t('assessment.noRound')}
            aria-label={t('assessment.title')}
            options={(rounds.data?.items ?? []).map((r) => ({ value: r.id, label: t('assessment.roundOf', { year: r.year, kind: t(`assessment.kinds.${r.kind}`) }) }))}
          />
          {data ? <Tag color={statusColor[data.status]}>{t(`assessment.statuses.${data.status}`)}</Tag> : null}
        </Space>
      }
      extra={
        <Space wrap>
          {can('staff') ? (
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('assessment.create')}
            </Button>
          ) : null}
          {data && can('staff') && data.status === 'open' ? (
            <Popconfirm title={t('assessment.confirmLock')} onConfirm={() => void act('lock')}>
              <Button type="primary">{t('assessment.lock')}</Button>
            </Popconfirm>
          ) : null}
          {data && can('staff') && data.status === 'locked' ? <Button onClick={() => void act('unlock')}>{t('assessment.unlock')}</Button> : null}
          {data && can('leader') && data.status === 'locked' ? (
            <Popconfirm title={t('assessment.confirmSignOff')} onConfirm={() => void act('sign_off')}>
              <Button type="primary">{t('assessment.signOff')}</Button>
            </Popconfirm>
          ) : null}
          {data && (can('staff') || can('leader')) ? (
            <Button icon={<DownloadOutlined />} href={`/api/targets/assessments/${data.id}/export`}>
              {t('common.exportXlsx')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {!roundId && !rounds.isLoading ? <Empty description={t('assessment.none')} /> : null}
      {data ? (
        <>
          <p className="kg-muted">
            {t('assessment.explain', { month: data.asOfMonth })}
            {data.signedOffAt ? ` ${t('assessment.signedOffAt', { at: formatDateTime(data.signedOffAt) })}` : data.lockedAt ? ` ${t('assessment.lockedAt', { at: formatDateTime(data.lockedAt) })}` : ''}
          </p>
          <Select style={{ width: 180, marginBottom: 12 }} value={group} onChange={setGroup} aria-label={t('letter.group')} options={groups.filter((g) => data.units.some((u) => u.rankGroup === g)).map((g) => ({ value: g, label: t(`assessment.groups.${g}`) }))} />
          <Table<UnitResult>
            size="small"
            rowKey="letterId"
            loading={results.isFetching}
            dataSource={units}
            pagination={false}
            scroll={{ x: 800 }}
            expandable={{ expandedRowRender: (u) => <UnitScores unit={u} roundId={data.id} editable={open} onSaved={refresh} /> }}
            columns={[
              { title: t('assessment.rank'), dataIndex: 'rank', width: 70, render: (r: number) => <b>{r}</b> },
              { title: t('cockpit.unit'), render: (_, u) => unitName(u.unit) },
              { title: t('assessment.computed'), dataIndex: 'computed', width: 100, align: 'right' },
              { title: t('assessment.onsite'), dataIndex: 'onsite', width: 100, align: 'right' },
              { title: t('assessment.bonus'), dataIndex: 'bonus', width: 80, align: 'right', render: (v: number) => (v ? `+${v}` : '—') },
              { title: t('assessment.deductions'), dataIndex: 'deductions', width: 80, align: 'right', render: (v: number) => (v ? `−${v}` : '—') },
              { title: t('assessment.total'), dataIndex: 'total', width: 90, align: 'right', render: (v: number) => <b>{v}</b> },
              // 考核结果通知, once the results stand.
              ...(data.status === 'open'
                ? []
                : [
                    {
                      title: t('assessment.notice'),
                      width: 110,
                      render: (_: unknown, u: UnitResult) => (
                        <DownloadButton type="link" size="small" icon={<FileWordOutlined />} href={`/api/reports/assessment-notice.docx?assessment=${data.id}&letter=${u.letterId}`}>
                          {t('assessment.noticeShort')}
                        </DownloadButton>
                      ),
                    },
                  ]),
            ]}
          />
        </>
      ) : null}
      {creating ? <CreateRound year={year} onClose={() => setCreating(false)} onCreated={(id) => { setPicked(id); void refresh(); }} /> : null}
    </Card>
  );
}

/** One unit's lines with on-site scores (editable while the round is open) and its deductions and bonus items. */
function UnitScores({ unit, roundId, editable, onSaved }: { unit: UnitResult; roundId: number; editable: boolean; onSaved(): Promise<unknown> }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [scores, setScores] = useState<Record<number, number | null>>(() => Object.fromEntries(unit.lines.map((l) => [l.letterItemId, l.onsiteScore])));
  const [adjusting, setAdjusting] = useState(false);
  const save = async () => {
    try {
      await api('PUT', `/api/targets/assessments/${roundId}/scores`, { items: unit.lines.map((l) => ({ letterItemId: l.letterItemId, onsiteScore: scores[l.letterItemId] ?? null })) });
      notify.success(t('common.saved'));
      await onSaved();
    } catch (error) {
      notify.error(error);
    }
  };
  const removeAdjustment = async (id: number) => {
    try {
      await api('DELETE', `/api/targets/assessments/${roundId}/adjustments/${id}`);
      await onSaved();
    } catch (error) {
      notify.error(error);
    }
  };
  return (
    <div style={{ padding: '4px 0' }}>
      <Table<Line>
        size="small"
        rowKey="letterItemId"
        dataSource={unit.lines}
        pagination={false}
        columns={[
          { title: t('target.indicator'), dataIndex: 'name' },
          { title: t('cockpit.share'), dataIndex: 'share', width: 110 },
          { title: t('assessment.figure'), width: 120, align: 'right', render: (_, l) => figureText(l.value, l.unit) },
          { title: t('assessment.computed'), width: 120, align: 'right', render: (_, l) => `${l.computed} / ${l.computedMax}` },
          {
            title: t('assessment.onsite'),
            width: 150,
            render: (_, l) =>
              editable ? (
                <InputNumber size="small" min={0} max={l.onsiteMax} step={0.5} value={scores[l.letterItemId]} onChange={(v) => setScores((s) => ({ ...s, [l.letterItemId]: v }))} addonAfter={`/ ${l.onsiteMax}`} aria-label={`${l.name} ${t('assessment.onsite')}`} />
              ) : (
                `${l.onsite} / ${l.onsiteMax}`
              ),
          },
          { title: t('assessment.points'), dataIndex: 'points', width: 80, align: 'right' },
          { title: t('assessment.assessor'), dataIndex: 'assessor', width: 140, render: (v: string | null) => v ?? '—' },
        ]}
      />
      <Space wrap style={{ marginTop: 8 }}>
        {unit.adjustments.map((a) => (
          <Tag key={a.id} color={a.kind === 'bonus' ? 'green' : 'red'} closable={editable} onClose={() => void removeAdjustment(a.id)}>
            {`${a.kind === 'bonus' ? '+' : '−'}${a.points} ${a.reason}`}
          </Tag>
        ))}
        {editable ? (
          <>
            <Button size="small" onClick={() => setAdjusting(true)}>
              {t('assessment.addAdjustment')}
            </Button>
            <Button size="small" type="primary" onClick={() => void save()}>
              {t('assessment.saveScores')}
            </Button>
          </>
        ) : null}
      </Space>
      {adjusting ? <AdjustmentModal roundId={roundId} unit={unit} onClose={() => setAdjusting(false)} onSaved={onSaved} /> : null}
    </div>
  );
}

function AdjustmentModal({ roundId, unit, onClose, onSaved }: { roundId: number; unit: UnitResult; onClose(): void; onSaved(): Promise<unknown> }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<{ kind: 'bonus' | 'deduction'; points: number; reason: string }>();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await api('POST', `/api/targets/assessments/${roundId}/adjustments`, { letterId: unit.letterId, ...values });
      await onSaved();
      onClose();
    } catch (error) {
      notify.error(error);
    }
  };
  return (
    <Modal open title={t('assessment.adjustmentFor', { unit: unitName(unit.unit) })} onCancel={onClose} onOk={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ kind: 'deduction' }}>
        <Form.Item name="kind" label={t('assessment.adjustmentKind')}>
          <Select options={(['deduction', 'bonus'] as const).map((k) => ({ value: k, label: t(`assessment.adjustmentKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="points" label={t('assessment.adjustmentPoints')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={0.5} max={100} step={0.5} />
        </Form.Item>
        <Form.Item name="reason" label={t('assessment.adjustmentReason')} rules={[{ required: true, min: 2, message: t('assessment.reasonRule') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CreateRound({ year, onClose, onCreated }: { year: number; onClose(): void; onCreated(id: number): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind: 'mid_year' | 'year_end'; onsiteShare: number }>();
  const [error, setError] = useState<string>();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const { id } = await api<{ id: number }>('POST', '/api/targets/assessments', { year, ...values });
      onCreated(id);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Modal open title={t('assessment.create')} onCancel={onClose} onOk={() => void submit()}>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={{ kind: 'year_end', onsiteShare: 40 }}>
        <Form.Item name="kind" label={t('assessment.kind')}>
          <Select options={(['mid_year', 'year_end'] as const).map((k) => ({ value: k, label: t(`assessment.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="onsiteShare" label={t('assessment.onsiteShare')} extra={t('assessment.onsiteShareHelp')}>
          <InputNumber min={0} max={100} addonAfter="%" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
