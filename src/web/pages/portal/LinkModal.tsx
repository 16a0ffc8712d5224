import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** Addresses the server keeps in a link: the web, mail, or a page of this site. */
const linkPattern = /^(https?:\/\/\S+|mailto:\S+@\S+|\/\S*)$/i;

/** 插入链接: an address for the selected words, or words and address when nothing is selected. */
export function LinkModal({
  needsText,
  onInsert,
  onClose,
}: {
  needsText: boolean;
  onInsert(link: { href: string; text?: string }): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ href: string; text?: string }>();
  const insert = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values) onInsert({ href: values.href.trim(), text: values.text?.trim() });
  };
  return (
    <Modal
      open
      title={t('portal.link.title')}
      okText={t('portal.link.insert')}
      onOk={() => void insert()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={() => void insert()}>
        {needsText ? (
          <Form.Item
            name="text"
            label={t('portal.link.text')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={200} autoFocus />
          </Form.Item>
        ) : null}
        <Form.Item
          name="href"
          label={t('portal.link.href')}
          extra={t('portal.link.hint')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: linkPattern, message: t('portal.link.rule') },
          ]}
        >
          <Input maxLength={500} placeholder="https://" autoFocus={!needsText} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
