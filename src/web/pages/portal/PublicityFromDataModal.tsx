import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api';
import { useFormAction } from '../../lib/form-action';
import { datePickerFormat, formatDate } from '../../lib/format';
import { type ItemDetail, itemsKey } from './model';

type SourceKind = 'call' | 'subsidy-batch' | 'platform-year';

interface Sources {
  calls: { id: number; title: string; year: number; program: string; approved: number }[];
  batches: { id: number; title: string; paidOn: string | null }[];
  platformYears: { year: number; n: number }[];
}

interface Values {
  kind: SourceKind;
  id: number;
  startsOn: Dayjs;
  days: number;
  objectionContact?: string;
}

/**
 * 从数据生成公示: a call's approved projects, a patent subsidy batch or a year's recognised platforms become a
 * draft publicity item with its list, period and objection channel; the editor opens on it.
 */
export function PublicityFromDataModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'call';
  const sources = useQuery({
    queryKey: ['portal', 'publicity-sources'],
    queryFn: () => api<Sources>('GET', '/api/portal/publicity/sources'),
  });
  const { busy, run } = useFormAction(form, {
    action: (v: Values) =>
      api<ItemDetail>('POST', '/api/portal/publicity/from-source', {
        kind: v.kind,
        id: v.id,
        startsOn: v.startsOn.format('YYYY-MM-DD'),
        days: v.days,
        objectionContact: v.objectionContact?.trim() || undefined,
      }),
    refresh: [[...itemsKey]],
    success: () => t('portal.fromData.created'),
    onDone: (item) => {
      onClose();
      void navigate(`/portal/items/${item.id}`);
    },
  });
  const data = sources.data;
  const options =
    kind === 'call'
      ? (data?.calls ?? []).map((c) => ({
          value: c.id,
          label: `${c.title}（${t('portal.fromData.approved', { n: c.approved })}）`,
        }))
      : kind === 'subsidy-batch'
        ? (data?.batches ?? []).map((b) => ({
            value: b.id,
            label: b.paidOn ? `${b.title}（${formatDate(b.paidOn)}）` : b.title,
          }))
        : (data?.platformYears ?? []).map((y) => ({
            value: y.year,
            label: t('portal.fromData.platformYear', { year: y.year, n: y.n }),
          }));

  return (
    <Modal
      open
      width={640}
      title={t('portal.fromData.title')}
      okText={t('portal.fromData.generate')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('portal.fromData.hint')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'call', startsOn: dayjs(), days: 5 }}
        onValuesChange={(changed) => changed.kind && form.setFieldValue('id', undefined)}
      >
        <Form.Item name="kind" label={t('portal.fromData.kind')}>
          <Radio.Group
            optionType="button"
            options={(['call', 'subsidy-batch', 'platform-year'] as const).map((k) => ({
              value: k,
              label: t(`portal.fromData.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="id"
          label={t(`portal.fromData.pick.${kind}`)}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={sources.isLoading}
            options={options}
            notFoundContent={t('portal.fromData.none')}
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item
            name="startsOn"
            label={t('portal.fromData.startsOn')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker
              allowClear={false}
              format={datePickerFormat()}
              disabledDate={(d) => d.isBefore(dayjs(), 'day')}
            />
          </Form.Item>
          <Form.Item
            name="days"
            label={t('portal.fromData.days')}
            rules={[{ required: true, message: t('common.required') }]}
            extra={t('portal.fromData.endsOn')}
          >
            <InputNumber min={1} max={30} style={{ width: 160 }} suffix={t('portal.fromData.daysUnit')} />
          </Form.Item>
        </div>
        <Form.Item
          name="objectionContact"
          label={t('portal.fields.objectionContact')}
          extra={t('portal.fromData.contactHint')}
        >
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
