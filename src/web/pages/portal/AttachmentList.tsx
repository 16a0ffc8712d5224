import { ArrowUpOutlined, DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../../lib/api';
import { formatBytes } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { filePath, type PortalFile } from './model';

/**
 * 附件: documents listed under the item for download, in this order. A form control: the value is the files;
 * uploading adds one, and nothing is attached to the item until it is saved.
 */
export function AttachmentList({
  value = [],
  onChange,
  readOnly,
}: {
  value?: PortalFile[];
  onChange?(files: PortalFile[]): void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [percent, setPercent] = useState<number>();
  const move = (index: number) =>
    onChange?.([...value.slice(0, index - 1), value[index]!, value[index - 1]!, ...value.slice(index + 1)]);
  return (
    <>
      {value.length ? (
        <ul className="kg-attachments">
          {value.map((file, index) => (
            <li key={file.id}>
              <PaperClipOutlined aria-hidden />
              <a href={filePath(file)} target="_blank" rel="noreferrer">
                {file.originalName}
              </a>
              <span className="kg-muted">{formatBytes(file.size)}</span>
              {readOnly ? null : (
                <span className="kg-attachment-actions">
                  {index > 0 ? (
                    <Button
                      type="text"
                      size="small"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('portal.attachments.up', { name: file.originalName })}
                      onClick={() => move(index)}
                    />
                  ) : null}
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('portal.attachments.remove', { name: file.originalName })}
                    onClick={() => onChange?.(value.filter((f) => f.id !== file.id))}
                  />
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="kg-muted">{t('portal.attachments.none')}</p>
      )}
      {readOnly ? null : (
        <Upload
          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
          showUploadList={false}
          customRequest={({ file }) => {
            const body = new FormData();
            body.append('file', file as Blob);
            setPercent(0);
            upload<PortalFile>('/api/portal/files', body, setPercent)
              .then(
                (uploaded) =>
                  onChange?.([
                    ...value,
                    {
                      id: uploaded.id,
                      originalName: uploaded.originalName,
                      mediaType: uploaded.mediaType,
                      size: uploaded.size,
                    },
                  ]),
                notify.error,
              )
              .finally(() => setPercent(undefined));
          }}
        >
          <Button icon={<UploadOutlined />} loading={percent !== undefined} style={{ marginTop: 8 }}>
            {percent !== undefined ? `${percent}%` : t('portal.attachments.upload')}
          </Button>
        </Upload>
      )}
      {readOnly ? null : (
        <div className="kg-muted" style={{ marginTop: 4, fontSize: 12 }}>
          {t('portal.attachments.hint')}
        </div>
      )}
    </>
  );
}
