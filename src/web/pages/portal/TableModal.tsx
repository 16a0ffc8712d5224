import { Checkbox, Form, InputNumber, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';

interface TableShape {
  rows: number;
  columns: number;
  header: boolean;
}

/** 插入表格: how many rows and columns, and whether the first row names the columns (read aloud as headers). */
export function TableModal({ onInsert, onClose }: { onInsert(shape: TableShape): void; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TableShape>();
  return (
    <Modal
      open
      title={t('portal.table.title')}
      okText={t('portal.table.insert')}
      onOk={() => {
        const v = form.getFieldsValue();
        onInsert({ rows: v.rows || 1, columns: v.columns || 1, header: v.header });
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ rows: 3, columns: 3, header: true }}>
        <Space size="large" wrap>
          <Form.Item name="rows" label={t('portal.table.rows')}>
            <InputNumber min={1} max={50} />
          </Form.Item>
          <Form.Item name="columns" label={t('portal.table.columns')}>
            <InputNumber min={1} max={10} />
          </Form.Item>
        </Space>
        <Form.Item name="header" valuePropName="checked">
          <Checkbox>{t('portal.table.header')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
