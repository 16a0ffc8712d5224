import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Drawer,
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
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useJurisdictions, useLocalName, useSections } from '../../lib/dictionaries';
import { formatDate } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { figureText, unitText } from '../../lib/money';
import { type Direction, type Unit, unitName } from './model';

interface LetterRow {
  id: number;
  unitKind: 'jurisdiction' | 'section' | 'staff';
  jurisdictionCode: string | null;
  sectionCode: string | null;
  userId: number | null;
  status: 'draft' | 'issued' | 'signed' | 'locked';
  /** 下达 put up and waiting for the director. */
  pendingIssue: boolean;
  signatory: string | null;
  signedOn: string | null;
  items: number;
  weight: number;
  version: number;
  unit: Unit;
}
interface LetterDetail extends Omit<LetterRow, 'items'> {
  note: string | null;
  items: LetterItem[];
}
interface LetterItem {
  id: number;
  indicatorId: number;
  name: string;
  unit: string;
  direction: Direction;
  share: { min: number | null; max: number | null; text: string };
  cityTarget: string;
  weight: number;
}
interface Tier {
  tier: 'territory' | 'bureau';
  units: number;
  min: number;
  max: number;
  status: 'balanced' | 'short' | 'over';
}
interface IndicatorOption {
  id: number;
  name: string;
  unit: string;
  direction: Direction;
  target: { min: number | null; text: string };
}

const statusColor = { draft: 'default', issued: 'processing', signed: 'blue', locked: 'green' } as const;
const tierColor = { balanced: 'green', over: 'blue', short: 'red' } as const;

/** 责任状: the decomposition check, every letter of the year with its state, and the editor for drafts. */
export function Letters({ year }: { year: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const client = useQueryClient();
  const letters = useQuery({
    queryKey: ['targets', 'letters', year],
    queryFn: () => api<{ items: LetterRow[] }>('GET', `/api/targets/letters?year=${year}`),
  });
  const check = useQuery({
    queryKey: ['targets', 'decomposition', year],
    queryFn: () =>
      api<{
        items: {
          indicatorId: number;
          name: string;
          unit: string;
          target: { min: number | null; text: string };
          tiers: Tier[];
        }[];
      }>('GET', `/api/targets/decomposition?year=${year}`),
  });
  const [editing, setEditing] = useState<number | 'new'>();
  const [signing, setSigning] = useState<LetterRow>();
  const short = (check.data?.items ?? []).filter((i) => i.tiers.some((x) => x.status === 'short'));

  const act = async (letter: LetterRow, action: 'issue' | 'withdraw' | 'lock') => {
    try {
      await api('POST', `/api/targets/letters/${letter.id}/actions`, { action });
      // 下达 is the director's: the clerk puts it up.
      notify.success(action === 'issue' ? t('approval.putUp') : t(`letter.done.${action}`));
      await client.invalidateQueries({ queryKey: ['targets'] });
    } catch (error) {
      notify.error(error);
    }
  };
  const remove = async (letter: LetterRow) => {
    try {
      await api('DELETE', `/api/targets/letters/${letter.id}`);
      await client.invalidateQueries({ queryKey: ['targets'] });
    } catch (error) {
      notify.error(error);
    }
  };
  const tierText = (i: { unit: string }, tier?: Tier) =>
    tier ? (
      <Tag
        color={tierColor[tier.status]}
      >{`${figureText(tier.min, i.unit)} · ${t(`letter.tierStatus.${tier.status}`)}`}</Tag>
    ) : (
      <span className="kg-muted">—</span>
    );
  return (
    <>
      <Card title={t('letter.decomposition')} style={{ marginBottom: 16 }} loading={check.isLoading}>
        {short.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('letter.shortAlert', { indicators: short.map((i) => i.name).join('、') })}
          />
        ) : null}
        <Table
          size="small"
          rowKey="indicatorId"
          dataSource={check.data?.items ?? []}
          pagination={false}
          scroll={{ x: 720 }}
          columns={[
            { title: t('target.indicator'), dataIndex: 'name' },
            {
              title: t('letter.cityTarget'),
              width: 150,
              render: (_, i) => (i.unit === '元' ? figureText(i.target.min, i.unit) : i.target.text),
            },
            {
              title: t('letter.tiers.territory'),
              width: 200,
              render: (_, i) =>
                tierText(
                  i,
                  i.tiers.find((x) => x.tier === 'territory'),
                ),
            },
            {
              title: t('letter.tiers.bureau'),
              width: 200,
              render: (_, i) =>
                tierText(
                  i,
                  i.tiers.find((x) => x.tier === 'bureau'),
                ),
            },
          ]}
        />
      </Card>
      <Card
        title={t('letter.list', { year })}
        extra={
          can('staff') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('letter.create')}
            </Button>
          ) : null
        }
      >
        <Table<LetterRow>
          size="small"
          rowKey="id"
          loading={letters.isLoading}
          dataSource={letters.data?.items ?? []}
          pagination={{ pageSize: 25, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          columns={[
            { title: t('cockpit.unit'), render: (_, l) => unitName(l.unit) },
            { title: t('letter.group'), width: 110, render: (_, l) => t(`letter.groups.${l.unit.group}`) },
            { title: t('cockpit.indicators'), dataIndex: 'items', width: 70, align: 'right' },
            {
              title: t('target.weight'),
              dataIndex: 'weight',
              width: 70,
              align: 'right',
              render: (w: number) => <span style={{ color: w === 100 ? undefined : '#d4380d' }}>{w}</span>,
            },
            {
              title: t('letter.status'),
              width: 90,
              render: (_, l) =>
                l.pendingIssue ? (
                  <Tag color="gold">{t('approval.statuses.pending')}</Tag>
                ) : (
                  <Tag color={statusColor[l.status]}>{t(`letter.statuses.${l.status}`)}</Tag>
                ),
            },
            {
              title: t('letter.signed'),
              width: 260,
              render: (_, l) => (l.signatory ? `${l.signatory} · ${formatDate(l.signedOn)}` : '—'),
            },
            {
              title: t('common.actions'),
              width: 240,
              render: (_, l) => (
                <Space size={4} wrap>
                  <Button size="small" onClick={() => setEditing(l.id)}>
                    {l.status === 'draft' && !l.pendingIssue && can('staff') ? t('common.edit') : t('common.view')}
                  </Button>
                  {can('staff') && l.status === 'draft' && !l.pendingIssue ? (
                    <>
                      <Button size="small" type="primary" onClick={() => void act(l, 'issue')}>
                        {t('letter.actions.issue')}
                      </Button>
                      <Popconfirm title={t('letter.confirmDelete')} onConfirm={() => void remove(l)}>
                        <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} />
                      </Popconfirm>
                    </>
                  ) : null}
                  {can('staff') && l.status === 'issued' ? (
                    <>
                      <Button size="small" type="primary" onClick={() => setSigning(l)}>
                        {t('letter.actions.sign')}
                      </Button>
                      <Button size="small" onClick={() => void act(l, 'withdraw')}>
                        {t('letter.actions.withdraw')}
                      </Button>
                    </>
                  ) : null}
                  {can('staff') && l.status === 'signed' ? (
                    <Popconfirm title={t('letter.confirmLock')} onConfirm={() => void act(l, 'lock')}>
                      <Button size="small">{t('letter.actions.lock')}</Button>
                    </Popconfirm>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing ? (
        <LetterDrawer year={year} id={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />
      ) : null}
      {signing ? <SignModal letter={signing} onClose={() => setSigning(undefined)} /> : null}
    </>
  );
}

/** 签订: who signed for the unit and when, as on the paper letter. */
function SignModal({ letter, onClose }: { letter: LetterRow; onClose(): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const [form] = Form.useForm<{ signatory: string; signedOn: Dayjs }>();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await api('POST', `/api/targets/letters/${letter.id}/actions`, {
        action: 'sign',
        signatory: values.signatory,
        signedOn: values.signedOn.format('YYYY-MM-DD'),
      });
      notify.success(t('letter.done.sign'));
      await client.invalidateQueries({ queryKey: ['targets'] });
      onClose();
    } catch (error) {
      notify.error(error);
    }
  };
  return (
    <Modal
      open
      title={t('letter.signTitle', { unit: unitName(letter.unit) })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('letter.actions.sign')}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="signatory"
          label={t('letter.signatory')}
          rules={[{ required: true, min: 2, max: 40, message: t('letter.signatoryRule') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="signedOn"
          label={t('letter.signedOn')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ItemDraft {
  indicatorId?: number;
  shareMin?: number | null;
  shareMax?: number | null;
  weight?: number;
}

/** A letter: its unit and the indicators it carries, each with the unit's share and weight; editable while a draft. */
function LetterDrawer({ year, id, onClose }: { year: number; id?: number; onClose(): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const client = useQueryClient();
  const localName = useLocalName();
  const jurisdictions = useJurisdictions();
  const sections = useSections();
  const system = useQuery({
    queryKey: ['targets', year],
    queryFn: () => api<{ items: IndicatorOption[] }>('GET', `/api/targets/indicators?year=${year}`),
  });
  const detail = useQuery({
    queryKey: ['targets', 'letter', id],
    queryFn: () => api<LetterDetail>('GET', `/api/targets/letters/${id}`),
    enabled: id !== undefined,
  });
  const people = useQuery({
    queryKey: ['targets', 'bureau-people'],
    queryFn: () =>
      api<{ items: { id: number; displayName: string; sectionCode: string | null }[] }>(
        'GET',
        '/api/targets/bureau-people',
      ),
  });
  const [form] = Form.useForm<{
    unitKind: 'jurisdiction' | 'section' | 'staff';
    jurisdictionCode?: string;
    sectionCode?: string;
    userId?: number;
    note?: string;
    items: ItemDraft[];
  }>();
  const editable = can('staff') && (id === undefined || detail.data?.status === 'draft');
  const unitKind = Form.useWatch('unitKind', form);
  const items = (Form.useWatch('items', form) ?? []) as ItemDraft[];
  const weight = items.reduce((a, i) => a + (i.weight ?? 0), 0);
  const indicatorBy = new Map((system.data?.items ?? []).map((i) => [i.id, i]));
  const [error, setError] = useState<string>();

  if (id !== undefined && !detail.data) return <Drawer open loading onClose={onClose} title={t('letter.edit')} />;
  const initial = detail.data
    ? {
        unitKind: detail.data.unitKind,
        jurisdictionCode: detail.data.jurisdictionCode ?? undefined,
        sectionCode: detail.data.sectionCode ?? undefined,
        userId: detail.data.userId ?? undefined,
        note: detail.data.note ?? undefined,
        items: detail.data.items.map((i) => ({
          indicatorId: i.indicatorId,
          shareMin: i.share.min,
          shareMax: i.share.max,
          weight: i.weight,
        })),
      }
    : { unitKind: 'jurisdiction' as const, items: [{}] };
  const save = async () => {
    const values = await form.validateFields();
    setError(undefined);
    const body = {
      year,
      ...values,
      note: values.note ?? null,
      items: values.items.map((i) => ({
        indicatorId: i.indicatorId,
        shareMin: i.shareMin ?? null,
        shareMax: i.shareMax ?? null,
        weight: i.weight ?? 0,
      })),
    };
    try {
      if (id === undefined) await api('POST', '/api/targets/letters', body);
      else await api('PUT', `/api/targets/letters/${id}`, { ...body, version: detail.data?.version });
      notify.success(t('common.saved'));
      await client.invalidateQueries({ queryKey: ['targets'] });
      onClose();
    } catch (e) {
      setError((e as ApiError).message);
    }
  };
  return (
    <Drawer
      open
      size="large"
      title={detail.data ? t('letter.titleOf', { year, unit: unitName(detail.data.unit) }) : t('letter.create')}
      onClose={onClose}
      destroyOnHidden
      extra={
        editable ? (
          <Button type="primary" onClick={() => void save()}>
            {t('common.save')}
          </Button>
        ) : null
      }
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={initial} disabled={!editable}>
        <Space wrap size="large">
          <Form.Item name="unitKind" label={t('letter.unitKind')}>
            <Select
              style={{ width: 180 }}
              options={(['jurisdiction', 'section', 'staff'] as const).map((k) => ({
                value: k,
                label: t(`letter.unitKinds.${k}`),
              }))}
            />
          </Form.Item>
          {unitKind === 'staff' ? (
            <Form.Item
              name="userId"
              label={t('letter.person')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                style={{ width: 240 }}
                options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
              />
            </Form.Item>
          ) : unitKind === 'section' ? (
            <Form.Item
              name="sectionCode"
              label={t('letter.section')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                style={{ width: 240 }}
                options={(sections.data ?? []).map((s) => ({ value: s.code, label: localName(s) }))}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="jurisdictionCode"
              label={t('letter.jurisdiction')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                style={{ width: 240 }}
                options={(jurisdictions.data ?? []).map((j) => ({ value: j.code, label: localName(j) }))}
              />
            </Form.Item>
          )}
        </Space>
        <Typography.Title level={5}>
          {t('letter.items')}{' '}
          <span style={{ fontWeight: 400, fontSize: 13, color: weight === 100 ? '#1f8a4c' : '#d4380d' }}>
            {t('letter.weightSum', { weight })}
          </span>
        </Typography.Title>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => {
                const indicator = indicatorBy.get(items[field.name]?.indicatorId ?? -1);
                return (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                    <Form.Item
                      name={[field.name, 'indicatorId']}
                      rules={[{ required: true, message: t('common.required') }]}
                      style={{ width: 260 }}
                    >
                      <Select
                        placeholder={t('target.indicator')}
                        showSearch
                        optionFilterProp="label"
                        options={(system.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
                      />
                    </Form.Item>
                    {indicator?.direction !== 'at_most' ? (
                      <Form.Item
                        name={[field.name, 'shareMin']}
                        rules={[{ required: true, message: t('letter.shareRequired') }]}
                      >
                        <InputNumber
                          min={0}
                          style={{ width: 140 }}
                          placeholder={t('letter.shareMin')}
                          addonAfter={indicator ? unitText(indicator.unit) : undefined}
                        />
                      </Form.Item>
                    ) : null}
                    {indicator && indicator.direction !== 'at_least' ? (
                      <Form.Item
                        name={[field.name, 'shareMax']}
                        rules={[{ required: true, message: t('letter.shareRequired') }]}
                      >
                        <InputNumber
                          min={0}
                          style={{ width: 140 }}
                          placeholder={t('letter.shareMax')}
                          addonAfter={unitText(indicator.unit)}
                        />
                      </Form.Item>
                    ) : null}
                    <Form.Item
                      name={[field.name, 'weight']}
                      rules={[{ required: true, message: t('common.required') }]}
                    >
                      <InputNumber
                        min={0}
                        max={100}
                        style={{ width: 110 }}
                        placeholder={t('target.weight')}
                        addonAfter={t('letter.points')}
                      />
                    </Form.Item>
                    {indicator ? (
                      <span className="kg-muted" style={{ lineHeight: '32px' }}>
                        {t('letter.cityTargetIs', {
                          target:
                            indicator.unit === '元' ? figureText(indicator.target.min, '元') : indicator.target.text,
                        })}
                      </span>
                    ) : null}
                    {editable ? (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label={t('common.remove')}
                      />
                    ) : null}
                  </Space>
                );
              })}
              {editable ? (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('letter.addItem')}
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('letter.note')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
