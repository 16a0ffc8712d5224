import { EditOutlined, MergeCellsOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Drawer, Form, Modal, Result, Select, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormAction } from '../../lib/form-action';
import { useNotify } from '../../lib/notify';
import { Link, useParams } from 'react-router';
import { ApiError, api, query } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { formatDate, formatDateTime } from '../../lib/format';
import type { Org, Page } from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';
import { PeopleTable } from '../people/PeopleTable';
import { OrgDocuments } from './OrgDocuments';
import { cleanOrgValues, OrgFormFields } from './OrgFormFields';
import { statusColors } from './OrgListPage';

export function OrgDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const org = useQuery({ queryKey: ['orgs', 'detail', id], queryFn: () => api<Org>('GET', `/api/orgs/${id}`) });
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const status = useStatusChange(id);

  if (org.isLoading) return <Spin />;
  if (org.error) {
    const notFound = org.error instanceof ApiError && org.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('errors.notFound') : org.error.message}
        extra={<Link to="/orgs">{t('common.back')}</Link>}
      />
    );
  }
  const o = org.data!;
  const staff = can('staff');
  const editable = (staff || can('applicant')) && o.status !== 'merged';

  return (
    <>
      <PageTitle
        title={
          <Space>
            {o.name}
            <Tag color={statusColors[o.status]}>{t(`orgStatus.${o.status}`)}</Tag>
          </Space>
        }
        extra={
          <>
            {editable ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            ) : null}
            {staff && o.status === 'active' ? (
              <>
                <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)}>
                  {t('org.merge')}
                </Button>
                <Button danger icon={<StopOutlined />} onClick={() => status.change(o, 'deactivate')}>
                  {t('org.deactivate')}
                </Button>
              </>
            ) : null}
            {staff && o.status === 'inactive' ? (
              <Button icon={<CheckCircleOutlined />} onClick={() => status.change(o, 'activate')}>
                {t('org.activate')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="middle">
          <Descriptions.Item label={t('org.uscc')}>
            <code>{o.uscc}</code>
          </Descriptions.Item>
          <Descriptions.Item label={t('org.type')}>{t(`orgType.${o.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('org.jurisdiction')}>
            {o.jurisdictionName ?? o.jurisdictionCode}
          </Descriptions.Item>
          <Descriptions.Item label={t('org.industry')}>{o.industry ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.legalRepresentative')}>{o.legalRepresentative ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.foundedOn')}>{formatDate(o.foundedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('org.address')} span={2}>
            {o.address ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('org.contactName')}>{o.contactName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.contactPhone')}>{o.contactPhone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.contactEmail')}>{o.contactEmail ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.bankName')}>{o.bankName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.bankAccount')}>{o.bankAccount ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('org.accounts')}>{o.userCount ?? 0}</Descriptions.Item>
          <Descriptions.Item label={t('org.registeredAt')}>{formatDateTime(o.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('org.updatedAt')}>{formatDateTime(o.updatedAt)}</Descriptions.Item>
          {o.mergedIntoId ? (
            <Descriptions.Item label={t('org.mergedInto')}>
              <Link to={`/orgs/${o.mergedIntoId}`}>#{o.mergedIntoId}</Link>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title={t('org.people', { count: o.peopleCount ?? 0 })} style={{ marginTop: 16 }}>
        <PeopleTable orgId={o.id} canAdd={editable} />
      </Card>
      <Card title={t('org.documents')} style={{ marginTop: 16 }}>
        <OrgDocuments orgId={o.id} canUpload={editable} />
      </Card>
      <EditOrgDrawer org={o} open={editing} onClose={() => setEditing(false)} lockIdentity={!staff} />
      <MergeModal org={o} open={merging} onClose={() => setMerging(false)} />
    </>
  );
}

function useStatusChange(id: number) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  const client = useQueryClient();
  return {
    change(org: Org, action: 'activate' | 'deactivate') {
      modal.confirm({
        title: t(`org.${action}Confirm`, { name: org.name }),
        okButtonProps: { danger: action === 'deactivate' },
        onOk: async () => {
          try {
            await api('POST', `/api/orgs/${id}/${action}`);
            await client.invalidateQueries({ queryKey: ['orgs'] });
            notify.success(t('common.saved'));
          } catch (e) {
            notify.error(e);
          }
        },
      });
    },
  };
}

function EditOrgDrawer({
  org,
  open,
  onClose,
  lockIdentity,
}: {
  org: Org;
  open: boolean;
  onClose(): void;
  lockIdentity: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (values: Record<string, unknown>) => {
      const changes = cleanOrgValues(values);
      if (lockIdentity) for (const f of ['name', 'uscc', 'type', 'jurisdictionCode']) delete changes[f];
      return api('PATCH', `/api/orgs/${org.id}`, { ...changes, version: org.version });
    },
    refresh: [['orgs']],
    onDone: onClose,
  });
  return (
    <Drawer
      title={t('org.edit')}
      open={open}
      onClose={onClose}
      size="large"
      destroyOnHidden
      extra={
        <Button type="primary" onClick={() => void run()} loading={busy}>
          {t('common.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" initialValues={org} preserve={false}>
        <OrgFormFields lockIdentity={lockIdentity} />
      </Form>
    </Drawer>
  );
}

function MergeModal({ org, open, onClose }: { org: Org; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [target, setTarget] = useState<number>();
  const candidates = useQuery({
    queryKey: ['orgs', 'merge-candidates', search],
    queryFn: () => api<Page<Org>>('GET', `/api/orgs${query({ q: search, status: 'active', pageSize: 20 })}`),
    enabled: open,
  });
  const { busy, run } = useFormAction(undefined, {
    action: () => api('POST', `/api/orgs/${org.id}/merge`, { intoId: target }),
    refresh: [['orgs']],
    success: () => t('org.merged'),
    onDone: onClose,
  });
  return (
    <Modal
      title={t('org.mergeTitle', { name: org.name })}
      open={open}
      onCancel={onClose}
      onOk={() => void run()}
      okButtonProps={{ disabled: !target, danger: true }}
      confirmLoading={busy}
      destroyOnHidden
    >
      <p className="kg-muted">{t('org.mergeHelp')}</p>
      <Select
        showSearch={{ filterOption: false, onSearch: setSearch }}
        style={{ width: '100%' }}
        placeholder={t('org.mergeTarget')}
        loading={candidates.isFetching}
        value={target}
        onChange={setTarget}
        options={(candidates.data?.items ?? [])
          .filter((c) => c.id !== org.id)
          .map((c) => ({ value: c.id, label: `${c.name}（${c.uscc}）` }))}
      />
    </Modal>
  );
}
