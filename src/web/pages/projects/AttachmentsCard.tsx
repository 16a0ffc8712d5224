import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, List, Progress, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, upload } from '../../lib/api';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import type { CallDetail, ProjectDetail } from '../../lib/types';

interface Attachment {
  id: number;
  attachmentKey: string;
  sha256: string;
  size: number;
  originalName: string;
  createdAt: string;
}

/** 申报附件: what the call asks for, what has been uploaded (with progress), and, while editable, upload and remove. */
export function AttachmentsCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const [progress, setProgress] = useState<{ key: string; percent: number }>();
  const files = useQuery({
    queryKey: ['projects', 'attachments', project.id, project.state],
    queryFn: () =>
      api<{ items: Attachment[]; specs: CallDetail['attachments']; uploadable: string[] }>(
        'GET',
        `/api/projects/${project.id}/attachments`,
      ),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['projects', 'attachments', project.id] });

  const send = async (key: string, file: File, maxBytes: number) => {
    if (file.size > maxBytes) return notify.error(t('attachments.tooLarge', { limit: formatBytes(maxBytes) }));
    const form = new FormData();
    form.append('key', key);
    form.append('file', file);
    setProgress({ key, percent: 0 });
    try {
      await upload(`/api/projects/${project.id}/attachments`, form, (percent) => setProgress({ key, percent }));
      notify.success(t('documents.uploaded', { name: file.name }));
      await refresh();
    } catch (e) {
      notify.error(e);
    } finally {
      setProgress(undefined);
    }
  };
  const remove = async (id: number) => {
    try {
      await api('DELETE', `/api/projects/${project.id}/attachments/${id}`);
      await refresh();
    } catch (e) {
      notify.error(e);
    }
  };

  const specs = files.data?.specs ?? [];
  if (!specs.length) return null;
  return (
    <Card title={t('attachments.title')} style={{ marginTop: 16 }}>
      <List
        dataSource={specs}
        renderItem={(spec) => (
          <List.Item
            actions={
              files.data?.uploadable.includes(spec.key)
                ? [
                    <Upload
                      key="upload"
                      accept={spec.types.join(',')}
                      showUploadList={false}
                      beforeUpload={(file) => {
                        void send(spec.key, file, spec.maxBytes);
                        return false;
                      }}
                    >
                      <Button icon={<UploadOutlined />} loading={progress?.key === spec.key}>
                        {t('documents.upload')}
                      </Button>
                    </Upload>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={[8, 4]}>
                  {spec.name}
                  {spec.key === 'stamped_copy' ? (
                    <Tag color="gold">{t('attachments.stampedCopy')}</Tag>
                  ) : spec.required ? (
                    <Tag color="red">{t('call.required')}</Tag>
                  ) : (
                    <Tag>{t('call.optional')}</Tag>
                  )}
                </Space>
              }
              description={
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <span className="kg-muted">
                    {t('attachments.rules', { types: spec.types.join(' '), limit: formatBytes(spec.maxBytes) })}
                  </span>
                  {progress?.key === spec.key ? (
                    <Progress percent={progress.percent} size="small" style={{ maxWidth: 240 }} />
                  ) : null}
                  {(files.data?.items ?? [])
                    .filter((f) => f.attachmentKey === spec.key)
                    .map((f) => (
                      <Space key={f.id} wrap>
                        <a href={`/api/projects/${project.id}/attachments/${f.id}`}>{f.originalName}</a>
                        <span className="kg-muted">
                          {formatBytes(f.size)} · {formatDateTime(f.createdAt)} · SHA-256{' '}
                          <code title={f.sha256}>{f.sha256.slice(0, 12)}…</code>
                        </span>
                        {files.data?.uploadable.includes(spec.key) ? (
                          <Button
                            type="text"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('common.remove')}
                            onClick={() => void remove(f.id)}
                          />
                        ) : null}
                      </Space>
                    ))}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
