import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Progress, Select, Space, Upload } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../lib/notify';
import { api, upload } from '../../lib/api';
import { formatBytes, formatDateTime } from '../../lib/format';
import type { StoredFile } from '../../lib/types';

const accept = '.pdf,.png,.jpg,.jpeg';
const maxBytes = 20 * 1024 * 1024;

/** 证照材料: the organisation's uploaded documents, with upload progress. */
export function OrgDocuments({ orgId, canUpload }: { orgId: number; canUpload: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const [kind, setKind] = useState<StoredFile['kind']>('business_licence');
  const [progress, setProgress] = useState<number>();
  const files = useQuery({
    queryKey: ['orgs', 'documents', orgId],
    queryFn: () => api<{ items: StoredFile[] }>('GET', `/api/orgs/${orgId}/documents`),
  });

  const send = async (file: File) => {
    if (file.size > maxBytes) {
      notify.error(t('documents.tooLarge'));
      return;
    }
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    setProgress(0);
    try {
      await upload(`/api/orgs/${orgId}/documents`, form, setProgress);
      notify.success(t('documents.uploaded', { name: file.name }));
      await client.invalidateQueries({ queryKey: ['orgs', 'documents', orgId] });
    } catch (e) {
      notify.error(e);
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <>
      {canUpload ? (
        <Space style={{ marginBottom: 12 }} wrap>
          <Select<StoredFile['kind']>
            value={kind}
            onChange={setKind}
            style={{ width: 160 }}
            options={(['business_licence', 'certificate', 'other'] as const).map((k) => ({
              value: k,
              label: t(`documents.kind.${k}`),
            }))}
          />
          <Upload
            accept={accept}
            showUploadList={false}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={progress !== undefined}>
              {t('documents.upload')}
            </Button>
          </Upload>
          <span className="kg-muted">{t('documents.rules')}</span>
          {progress !== undefined ? <Progress percent={progress} size="small" style={{ width: 160 }} /> : null}
        </Space>
      ) : null}
      <Table<StoredFile>
        rowKey="id"
        size="small"
        loading={files.isLoading}
        dataSource={files.data?.items}
        pagination={false}
        locale={{ emptyText: t('documents.none') }}
        columns={[
          {
            title: t('documents.name'),
            dataIndex: 'originalName',
            render: (name: string, f) => <a href={`/api/files/${f.id}`}>{name}</a>,
          },
          {
            title: t('documents.kindLabel'),
            dataIndex: 'kind',
            width: 140,
            render: (k: StoredFile['kind']) => t(`documents.kind.${k}`),
          },
          { title: t('documents.size'), dataIndex: 'size', width: 100, render: formatBytes },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            width: 160,
            render: (h: string) => <code title={h}>{h.slice(0, 12)}…</code>,
          },
          { title: t('documents.uploadedAt'), dataIndex: 'createdAt', width: 180, render: formatDateTime },
        ]}
      />
    </>
  );
}
