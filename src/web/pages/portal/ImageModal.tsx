import { PictureOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../../lib/api';
import { formatBytes } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import type { PortalFile } from './model';

type Uploaded = PortalFile & { url: string };

/**
 * 插入图片: uploads a PNG or JPEG for the site and asks what it shows — the text a screen reader reads in its
 * place (required: the site is built to the accessibility standard).
 */
export function ImageModal({
  onInsert,
  onClose,
}: {
  onInsert(image: { src: string; alt: string }): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<{ alt: string }>();
  const [file, setFile] = useState<Uploaded>();
  const [percent, setPercent] = useState<number>();
  const insert = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values && file) onInsert({ src: file.url, alt: values.alt.trim() });
  };
  return (
    <Modal
      open
      title={t('portal.image.title')}
      okText={t('portal.image.insert')}
      okButtonProps={{ disabled: !file }}
      onOk={() => void insert()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Upload
        accept=".png,.jpg,.jpeg"
        showUploadList={false}
        customRequest={({ file: chosen }) => {
          const body = new FormData();
          body.append('file', chosen as Blob);
          setPercent(0);
          upload<Uploaded>('/api/portal/files', body, setPercent)
            .then(setFile, notify.error)
            .finally(() => setPercent(undefined));
        }}
      >
        <Button icon={<PictureOutlined />} loading={percent !== undefined}>
          {percent !== undefined ? `${percent}%` : file ? t('portal.image.replace') : t('portal.image.choose')}
        </Button>
      </Upload>
      {file ? (
        <figure className="kg-image-preview">
          <img src={file.url} alt="" />
          <figcaption className="kg-muted">
            {file.originalName} · {formatBytes(file.size)}
          </figcaption>
        </figure>
      ) : (
        <p className="kg-muted" style={{ marginTop: 8 }}>
          {t('portal.image.types')}
        </p>
      )}
      <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item
          name="alt"
          label={t('portal.image.alt')}
          extra={t('portal.image.altHint')}
          rules={[{ required: true, whitespace: true, message: t('portal.image.altRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
