import { DownloadOutlined, FileWordOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useDialogForm } from '../../lib/dialog-form';
import { DownloadButton } from '../../lib/DownloadButton';
import { useSession } from '../../lib/auth';
import { formatDate, formatDateTime } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { figureText } from '../../lib/money';
import { type Unit, unitName } from './model';

type RoundStatus = 'open' | 'locked' | 'signed_off';
type ScoringRule = 'mean' | 'trimmed_mean';
interface Round {
  id: number;
  year: number;
  kind: 'mid_year' | 'year_end';
  status: RoundStatus;
  onsiteShare: number;
}
interface Sheet {
  assessorId: number;
  assessor: string;
  score: number;
  note: string | null;
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
  sheets: Sheet[];
}
interface UnitResult {
  letterId: number;
  letterStatus: string;
  unit: Unit;
  rankGroup: string;
  rank: number | null;
  rankOf: number;
  lines: Line[];
  adjustments: { id: number; kind: 'bonus' | 'deduction'; points: number; reason: string }[];
  absence: { reason: string } | null;
  missingSheets: number;
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
  status: RoundStatus;
  onsiteShare: number;
  scoringRule: ScoringRule;
  team: { id: number; name: string }[];
  caps: { bonus: number; deduction: number };
  asOfMonth: number;
  lockedAt: string | null;
  signedOffAt: string | null;
  noticeDocNo: string | null;
  pendingSignOff: { id: number; noticeDocNo: string; dueOn: string | null } | null;
  units: UnitResult[];
}
type Person = { id: number; displayName: string };

const statusColor = { open: 'processing', locked: 'blue', signed_off: 'green' } as const;
const groups = ['territory', 'department', 'section', 'staff'];

/** The round a user most likely came for: one still being scored, else the latest (the year-end before the mid-year). */
export function currentRound<R extends { id: number; status: RoundStatus }>(rounds: R[]): R | undefined {
  return rounds.find((r) => r.status === 'open') ?? rounds[0];
}

/**
 * 考核: a round's units with computed points and the assessment team's on-site scores (each member on a
 * sheet of their own), absences, adjustments within the caps, totals and ranks among locked letters;
 * locking, sign-off under a 文号, export and the result notices.
 */
export function Assessments({ year }: { year: number }) {
  const { t } = useTranslation();
  const { can, user } = useSession();
  const notify = useNotify();
  const client = useQueryClient();
  const rounds = useQuery({
    queryKey: ['targets', 'assessments', year],
    queryFn: () => api<{ items: Round[] }>('GET', `/api/targets/assessments?year=${year}`),
  });
  const [picked, setPicked] = useState<number>();
  const roundId = picked ?? currentRound(rounds.data?.items ?? [])?.id;
  const results = useQuery({
    queryKey: ['targets', 'assessment', roundId],
    queryFn: () => api<Results>('GET', `/api/targets/assessments/${roundId}`),
    enabled: roundId !== undefined,
  });
  const [creating, setCreating] = useState(false);
  const [editingTeam, setEditingTeam] = useState(false);
  const [signing, setSigning] = useState(false);
  const [group, setGroup] = useState('territory');
  const refresh = () => client.invalidateQueries({ queryKey: ['targets'] });
  const act = async (action: 'lock' | 'unlock') => {
    try {
      await api('POST', `/api/targets/assessments/${roundId}/actions`, { action });
      notify.success(t(`assessment.done.${action}`));
      await refresh();
    } catch (error) {
      notify.error(error);
    }
  };
  const data = results.data;
  const open = data?.status === 'open';
  const onTeam = !!data?.team.some((m) => m.id === user?.id);
  const incomplete = (data?.units ?? []).filter((u) => u.missingSheets > 0).length;
  const units = (data?.units ?? []).filter((u) => u.rankGroup === group);
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
            options={(rounds.data?.items ?? []).map((r) => ({
              value: r.id,
              label: t('assessment.roundOf', { year: r.year, kind: t(`assessment.kinds.${r.kind}`) }),
            }))}
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
          {data && can('staff') && open ? (
            <Button icon={<TeamOutlined />} onClick={() => setEditingTeam(true)}>
              {t('assessment.editTeam')}
            </Button>
          ) : null}
          {data && can('staff') && open ? (
            <Popconfirm title={t('assessment.confirmLock')} onConfirm={() => void act('lock')}>
              <Button type="primary" disabled={incomplete > 0 || (data.onsiteShare > 0 && !data.team.length)}>
                {t('assessment.lock')}
              </Button>
            </Popconfirm>
          ) : null}
          {data && can('staff') && data.status === 'locked' ? (
            <Button onClick={() => void act('unlock')}>{t('assessment.unlock')}</Button>
          ) : null}
          {data && can('staff', 'leader') && data.status === 'locked' && !(can('staff') && data.pendingSignOff) ? (
            <Button type="primary" onClick={() => setSigning(true)}>
              {can('leader') ? t('assessment.signOff') : t('assessment.requestSignOff')}
            </Button>
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
            {[
              t('assessment.explain', { month: data.asOfMonth }),
              t(`assessment.scoringRules.${data.scoringRule}`),
              t('assessment.caps', data.caps),
            ].join(' · ')}
            {data.signedOffAt
              ? ` ${t('assessment.signedOffAt', { at: formatDateTime(data.signedOffAt) })}`
              : data.lockedAt
                ? ` ${t('assessment.lockedAt', { at: formatDateTime(data.lockedAt) })}`
                : ''}
            {data.noticeDocNo ? ` ${t('assessment.docNo', { docNo: data.noticeDocNo })}` : ''}
          </p>
          {can('staff', 'leader') ? (
            <p>
              <Typography.Text strong>{t('assessment.team')}：</Typography.Text>
              {data.team.length ? (
                data.team.map((m) => <Tag key={m.id}>{m.name}</Tag>)
              ) : (
                <Typography.Text type="warning">{t('assessment.noTeam')}</Typography.Text>
              )}
            </p>
          ) : null}
          {data.pendingSignOff ? (
            <Alert
              style={{ marginBottom: 12 }}
              showIcon
              type="info"
              message={`${t('approval.statuses.pending')}：${t('approval.resultOf', { docNo: data.pendingSignOff.noticeDocNo })}（${t('approval.dueOn')} ${formatDate(data.pendingSignOff.dueOn)}）`}
            />
          ) : null}
          {open && can('staff', 'leader') && data.onsiteShare > 0 ? (
            <Alert
              style={{ marginBottom: 12 }}
              showIcon
              type={incomplete ? 'warning' : 'success'}
              message={incomplete ? t('assessment.incomplete', { count: incomplete }) : t('assessment.ready')}
            />
          ) : null}
          <Select
            style={{ width: 180, marginBottom: 12 }}
            value={group}
            onChange={setGroup}
            aria-label={t('letter.group')}
            options={groups
              .filter((g) => data.units.some((u) => u.rankGroup === g))
              .map((g) => ({ value: g, label: t(`assessment.groups.${g}`) }))}
          />
          <Table<UnitResult>
            size="small"
            rowKey="letterId"
            loading={results.isFetching}
            dataSource={units}
            pagination={false}
            scroll={{ x: 900 }}
            expandable={{
              expandedRowRender: (u) => (
                <UnitScores
                  key={`${u.letterId}-${data.status}`}
                  unit={u}
                  round={data}
                  mine={open && onTeam}
                  staff={can('staff') && open}
                  onSaved={refresh}
                />
              ),
            }}
            columns={[
              {
                title: t('assessment.rank'),
                width: 120,
                render: (_, u) =>
                  u.rank === null ? (
                    <Tag>{t('assessment.unranked')}</Tag>
                  ) : (
                    <b>{t('assessment.rankOf', { rank: u.rank, of: u.rankOf })}</b>
                  ),
              },
              {
                title: t('cockpit.unit'),
                render: (_, u) => (
                  <Space size={4} wrap>
                    {unitName(u.unit)}
                    {u.absence ? (
                      <Tag color="default">{t('assessment.absent')}</Tag>
                    ) : open && data.onsiteShare > 0 ? (
                      u.missingSheets ? (
                        <Tag color="orange">{t('assessment.missingSheets', { count: u.missingSheets })}</Tag>
                      ) : (
                        <Tag color="green">{t('assessment.scored')}</Tag>
                      )
                    ) : null}
                  </Space>
                ),
              },
              { title: t('assessment.computed'), dataIndex: 'computed', width: 100, align: 'right' },
              { title: t('assessment.onsite'), dataIndex: 'onsite', width: 100, align: 'right' },
              {
                title: t('assessment.bonus'),
                dataIndex: 'bonus',
                width: 80,
                align: 'right',
                render: (v: number) => (v ? `+${v}` : '—'),
              },
              {
                title: t('assessment.deductions'),
                dataIndex: 'deductions',
                width: 80,
                align: 'right',
                render: (v: number) => (v ? `−${v}` : '—'),
              },
              {
                title: t('assessment.total'),
                dataIndex: 'total',
                width: 90,
                align: 'right',
                render: (v: number) => <b>{v}</b>,
              },
              // 考核结果通知, once the result is signed off under its 文号.
              ...(data.status === 'signed_off'
                ? [
                    {
                      title: t('assessment.notice'),
                      width: 110,
                      render: (_: unknown, u: UnitResult) => (
                        <DownloadButton
                          type="link"
                          size="small"
                          icon={<FileWordOutlined />}
                          href={`/api/reports/assessment-notice.docx?assessment=${data.id}&letter=${u.letterId}`}
                        >
                          {t('assessment.noticeShort')}
                        </DownloadButton>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      ) : null}
      {creating ? (
        <CreateRound
          year={year}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setPicked(id);
            void refresh();
          }}
        />
      ) : null}
      {editingTeam && data ? <TeamModal round={data} onClose={() => setEditingTeam(false)} onSaved={refresh} /> : null}
      {signing && data ? <SignOffModal round={data} onClose={() => setSigning(false)} onSaved={refresh} /> : null}
    </Card>
  );
}

/** One unit's lines: the team's score with each member's sheet, the caller's own sheet while open, absences and adjustments. */
function UnitScores({
  unit,
  round,
  mine,
  staff,
  onSaved,
}: {
  unit: UnitResult;
  round: Results;
  mine: boolean;
  staff: boolean;
  onSaved(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { user } = useSession();
  const own = (l: Line) => l.sheets.find((s) => s.assessorId === user?.id)?.score ?? null;
  const [scores, setScores] = useState<Record<number, number | null>>(() =>
    Object.fromEntries(unit.lines.map((l) => [l.letterItemId, own(l)])),
  );
  const [adjusting, setAdjusting] = useState(false);
  const [absenting, setAbsenting] = useState(false);
  const editable = mine && !unit.absence && round.onsiteShare > 0;
  const save = async () => {
    try {
      await api('PUT', `/api/targets/assessments/${round.id}/scores`, {
        items: unit.lines.map((l) => ({ letterItemId: l.letterItemId, onsiteScore: scores[l.letterItemId] ?? null })),
      });
      notify.success(t('common.saved'));
      await onSaved();
    } catch (error) {
      notify.error(error);
    }
  };
  const call = async (method: 'DELETE', url: string) => {
    try {
      await api(method, url);
      await onSaved();
    } catch (error) {
      notify.error(error);
    }
  };
  return (
    <div style={{ padding: '4px 0' }}>
      {unit.absence ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={`${t('assessment.absent')}：${unit.absence.reason}`}
        />
      ) : null}
      {!mine && round.status === 'open' && round.onsiteShare > 0 ? (
        <p className="kg-muted">{t('assessment.notOnTeam')}</p>
      ) : null}
      <Table<Line>
        size="small"
        rowKey="letterItemId"
        dataSource={unit.lines}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('target.indicator'), dataIndex: 'name' },
          { title: t('cockpit.share'), dataIndex: 'share', width: 110 },
          { title: t('assessment.figure'), width: 110, align: 'right', render: (_, l) => figureText(l.value, l.unit) },
          {
            title: t('assessment.computed'),
            width: 110,
            align: 'right',
            render: (_, l) => `${l.computed} / ${l.computedMax}`,
          },
          ...(editable
            ? [
                {
                  title: t('assessment.mySheet'),
                  width: 160,
                  render: (_: unknown, l: Line) => (
                    <InputNumber
                      size="small"
                      min={0}
                      max={l.onsiteMax}
                      step={0.5}
                      precision={2}
                      value={scores[l.letterItemId]}
                      onChange={(v) => setScores((s) => ({ ...s, [l.letterItemId]: v }))}
                      suffix={`/ ${l.onsiteMax}`}
                      aria-label={`${l.name} ${t('assessment.mySheet')}`}
                    />
                  ),
                },
              ]
            : []),
          {
            title: t('assessment.teamScore'),
            width: 110,
            align: 'right' as const,
            render: (_: unknown, l: Line) => (l.onsiteScore === null ? '—' : `${l.onsite} / ${l.onsiteMax}`),
          },
          {
            title: t('assessment.sheets'),
            width: 220,
            render: (_: unknown, l: Line) =>
              l.sheets.length ? l.sheets.map((s) => `${s.assessor} ${s.score}`).join('；') : '—',
          },
          { title: t('assessment.points'), dataIndex: 'points', width: 80, align: 'right' as const },
        ]}
      />
      <Space wrap style={{ marginTop: 8 }}>
        {unit.adjustments.map((a) => (
          <Tag
            key={a.id}
            color={a.kind === 'bonus' ? 'green' : 'red'}
            closable={staff}
            onClose={() => void call('DELETE', `/api/targets/assessments/${round.id}/adjustments/${a.id}`)}
          >
            {`${a.kind === 'bonus' ? '+' : '−'}${a.points} ${a.reason}`}
          </Tag>
        ))}
        {staff ? (
          <>
            <Button size="small" onClick={() => setAdjusting(true)}>
              {t('assessment.addAdjustment')}
            </Button>
            {unit.absence ? (
              <Button
                size="small"
                onClick={() => void call('DELETE', `/api/targets/assessments/${round.id}/absences/${unit.letterId}`)}
              >
                {`${t('assessment.absent')} · ${t('assessment.clearAbsence')}`}
              </Button>
            ) : round.onsiteShare > 0 ? (
              <Button size="small" onClick={() => setAbsenting(true)}>
                {t('assessment.markAbsent')}
              </Button>
            ) : null}
          </>
        ) : null}
        {editable ? (
          <Button size="small" type="primary" onClick={() => void save()}>
            {t('assessment.saveSheet')}
          </Button>
        ) : null}
      </Space>
      {adjusting ? (
        <AdjustmentModal round={round} unit={unit} onClose={() => setAdjusting(false)} onSaved={onSaved} />
      ) : null}
      {absenting ? (
        <AbsenceModal roundId={round.id} unit={unit} onClose={() => setAbsenting(false)} onSaved={onSaved} />
      ) : null}
    </div>
  );
}

function AdjustmentModal({
  round,
  unit,
  onClose,
  onSaved,
}: {
  round: Results;
  unit: UnitResult;
  onClose(): void;
  onSaved(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { form, error, submit } = useDialogForm<{ kind: 'bonus' | 'deduction'; points: number; reason: string }>(
    async (values) => {
      await api('POST', `/api/targets/assessments/${round.id}/adjustments`, { letterId: unit.letterId, ...values });
      await onSaved();
    },
    onClose,
  );
  return (
    <Modal
      open
      title={t('assessment.adjustmentFor', { unit: unitName(unit.unit) })}
      onCancel={onClose}
      onOk={() => void submit()}
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <p className="kg-muted">{t('assessment.caps', round.caps)}</p>
      <Form form={form} layout="vertical" initialValues={{ kind: 'deduction' }}>
        <Form.Item name="kind" label={t('assessment.adjustmentKind')}>
          <Select
            options={(['deduction', 'bonus'] as const).map((k) => ({
              value: k,
              label: t(`assessment.adjustmentKinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="points"
          label={t('assessment.adjustmentPoints')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0.5} max={100} step={0.5} precision={2} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('assessment.adjustmentReason')}
          rules={[{ required: true, min: 2, message: t('assessment.reasonRule') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AbsenceModal({
  roundId,
  unit,
  onClose,
  onSaved,
}: {
  roundId: number;
  unit: UnitResult;
  onClose(): void;
  onSaved(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { form, error, submit } = useDialogForm<{ reason: string }>(async (values) => {
    await api('POST', `/api/targets/assessments/${roundId}/absences`, { letterId: unit.letterId, ...values });
    await onSaved();
  }, onClose);
  return (
    <Modal
      open
      title={t('assessment.absentFor', { unit: unitName(unit.unit) })}
      onCancel={onClose}
      onOk={() => void submit()}
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('assessment.absentReason')}
          rules={[{ required: true, min: 2, message: t('assessment.reasonRule') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function useBureauPeople() {
  return useQuery({
    queryKey: ['targets', 'bureau-people'],
    queryFn: () => api<{ items: Person[] }>('GET', '/api/targets/bureau-people'),
  });
}

function TeamModal({ round, onClose, onSaved }: { round: Results; onClose(): void; onSaved(): Promise<unknown> }) {
  const { t } = useTranslation();
  const people = useBureauPeople();
  const { form, error, submit } = useDialogForm<{ assessorIds: number[] }>(async (values) => {
    await api('PUT', `/api/targets/assessments/${round.id}/team`, values);
    await onSaved();
  }, onClose);
  return (
    <Modal open title={t('assessment.editTeam')} onCancel={onClose} onOk={() => void submit()}>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={{ assessorIds: round.team.map((m) => m.id) }}>
        <Form.Item name="assessorIds" label={t('assessment.team')} extra={t('assessment.teamHelp')}>
          <Select
            mode="multiple"
            loading={people.isLoading}
            optionFilterProp="label"
            options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SignOffModal({ round, onClose, onSaved }: { round: Results; onClose(): void; onSaved(): Promise<unknown> }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { can } = useSession();
  const { form, error, submit } = useDialogForm<{ noticeDocNo: string }>(async (values) => {
    await api('POST', `/api/targets/assessments/${round.id}/actions`, { action: 'sign_off', ...values });
    // A leader signs; staff put the result up for the director's signature.
    notify.success(can('leader') ? t('assessment.done.sign_off') : t('approval.putUp'));
    await onSaved();
  }, onClose);
  return (
    <Modal
      open
      title={can('leader') ? t('assessment.signOff') : t('assessment.requestSignOff')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={can('leader') ? t('assessment.signOff') : t('assessment.requestSignOff')}
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <p>{t('assessment.confirmSignOff')}</p>
      <Form form={form} layout="vertical" initialValues={{ noticeDocNo: round.pendingSignOff?.noticeDocNo }}>
        <Form.Item
          name="noticeDocNo"
          label={t('assessment.noticeDocNo')}
          extra={t('assessment.noticeDocNoHelp')}
          rules={[{ required: true, min: 4, message: t('common.required') }]}
        >
          <Input maxLength={60} placeholder={`江科发〔${round.year}〕号`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CreateRound({ year, onClose, onCreated }: { year: number; onClose(): void; onCreated(id: number): void }) {
  const { t } = useTranslation();
  const people = useBureauPeople();
  const { form, error, submit } = useDialogForm<{
    kind: 'mid_year' | 'year_end';
    onsiteShare: number;
    scoringRule: ScoringRule;
    assessorIds: number[];
  }>(async (values) => {
    onCreated((await api<{ id: number }>('POST', '/api/targets/assessments', { year, ...values })).id);
  }, onClose);
  return (
    <Modal open title={t('assessment.create')} onCancel={onClose} onOk={() => void submit()}>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'year_end', onsiteShare: 40, scoringRule: 'mean', assessorIds: [] }}
      >
        <Form.Item name="kind" label={t('assessment.kind')}>
          <Select
            options={(['mid_year', 'year_end'] as const).map((k) => ({ value: k, label: t(`assessment.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="onsiteShare" label={t('assessment.onsiteShare')} extra={t('assessment.onsiteShareHelp')}>
          <InputNumber min={0} max={100} suffix="%" />
        </Form.Item>
        <Form.Item name="assessorIds" label={t('assessment.team')} extra={t('assessment.teamHelp')}>
          <Select
            mode="multiple"
            loading={people.isLoading}
            optionFilterProp="label"
            options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
          />
        </Form.Item>
        <Form.Item name="scoringRule" label={t('assessment.scoringRule')}>
          <Select
            options={(['mean', 'trimmed_mean'] as const).map((k) => ({
              value: k,
              label: t(`assessment.scoringRules.${k}`),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
