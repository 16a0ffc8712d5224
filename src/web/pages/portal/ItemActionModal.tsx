import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datePickerFormat } from '../../lib/format';
import { now } from '../../lib/clock';

export type ModalAction = 'publish' | 'return' | 'withdraw';

interface Values {
  when?: 'now' | 'later';
  publishAt?: Dayjs;
  note?: string;
}

/**
 * The review steps that need more than a click: 审核发布 (now, or 定时发布 at a chosen time), 退回修改 (with what
 * to change) and 撤回 (with the reason, which the record keeps).
 */
export function ItemActionModal({
  action,
  title,
  onConfirm,
  onClose,
}: {
  action: ModalAction;
  title: string;
  onConfirm(extra: { publishAt?: string; note?: string }): Promise<boolean>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const when = Form.useWatch('when', form);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    const v = await form.validateFields().catch(() => undefined);
    if (!v) return;
    setBusy(true);
    const done = await onConfirm({
      publishAt: v.when === 'later' ? v.publishAt?.second(0).millisecond(0).format() : undefined,
      note: v.note?.trim() || undefined,
    }).finally(() => setBusy(false));
    if (done) onClose();
  };
  return (
    <Modal
      open
      title={t(`portal.actions.${action}`)}
      okText={t(`portal.actions.${action}`)}
      okButtonProps={{ danger: action !== 'publish' }}
      confirmLoading={busy}
      onOk={() => void confirm()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p className="kg-muted">{title}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ when: 'now', publishAt: dayjs(now()).add(1, 'day').hour(9).minute(0) }}
      >
        {action === 'publish' ? (
          <>
            <Form.Item name="when" label={t('portal.publish.when')}>
              <Radio.Group
                options={[
                  { value: 'now', label: t('portal.publish.now') },
                  { value: 'later', label: t('portal.publish.later') },
                ]}
              />
            </Form.Item>
            {when === 'later' ? (
              <Form.Item
                name="publishAt"
                label={t('portal.publish.at')}
                rules={[
                  { required: true, message: t('common.required') },
                  {
                    validator: async (_, at?: Dayjs) =>
                      at && !at.isAfter(dayjs(now()))
                        ? Promise.reject(new Error(t('portal.publish.future')))
                        : undefined,
                  },
                ]}
              >
                <DatePicker
                  showTime={{ format: 'HH:mm', minuteStep: 5 }}
                  format={datePickerFormat(true)}
                  disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                />
              </Form.Item>
            ) : null}
            <Form.Item name="note" label={t('portal.publish.note')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        ) : (
          <>
            {action === 'withdraw' ? (
              <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('portal.withdraw.hint')} />
            ) : null}
            <Form.Item
              name="note"
              label={t(action === 'withdraw' ? 'portal.withdraw.reason' : 'portal.return.note')}
              rules={
                action === 'withdraw'
                  ? [{ required: true, whitespace: true, message: t('portal.withdraw.reasonRequired') }]
                  : []
              }
            >
              <Input.TextArea rows={3} maxLength={1000} autoFocus />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
