import { ArrowLeftOutlined, EyeOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, ConfigProvider, Form, Input, Row, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { PageTitle } from '../../shell/AppLayout';
import { AttachmentList } from './AttachmentList';
import { BodyEditor } from './BodyEditor';
import { ColumnFields } from './ColumnFields';
import { bodyWords, type EditorValues, imagesWithoutAlt, valuesOf } from './item-form';
import { ItemSideCard } from './ItemSideCard';
import { ItemStateTag } from './ItemStateTag';
import { ItemVersionsDrawer } from './ItemVersionsDrawer';
import { type ItemDetail, type PortalColumn, previewPath, useItemVersions } from './model';
import { neededRule } from './needed-rule';
import { useItemWorkflow } from './useItemWorkflow';
import { WorkflowButtons } from './WorkflowButtons';

/**
 * 稿件编辑: an item's fields, body and attachments, saved as drafts and moved through review. Drafts and items in
 * review can be changed; a published item is corrected by withdrawing it and editing it again, so nothing
 * reaches the public without a second pair of eyes.
 */
export function ItemEditor({ column, item }: { column: PortalColumn; item?: ItemDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<EditorValues>();
  const [history, setHistory] = useState(false);
  const flow = useItemWorkflow({ form, column, item });
  const editable = !item || item.state === 'draft' || item.state === 'review';
  const needed = neededRule(() => flow.strict.current, t('portal.editor.neededToSubmit'));
  // The reviewer's note stays in view while the author works on it, until it is submitted again.
  const lastStep = useItemVersions(item?.id).data?.items.find((v) => v.change === 'return' || v.change === 'submit');
  const returned = item?.state === 'draft' && lastStep?.change === 'return' ? lastStep : undefined;

  // Leaving the page with unsaved changes asks first.
  useEffect(() => {
    if (!flow.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [flow.dirty]);

  const preview = async () => {
    if (!item) return;
    // Opened before saving, while the click still counts as the user's: browsers block windows opened later.
    const win = window.open('about:blank', '_blank');
    if (flow.dirty && editable && (await flow.save(true)) === undefined) {
      win?.close();
      return;
    }
    if (win) win.location.href = previewPath(item.id);
  };

  const bodyRules = [
    {
      validator: async (_: unknown, html?: string) => {
        if (!flow.strict.current) return;
        if (column !== 'guide' && !bodyWords(html ?? '')) throw new Error(t('portal.editor.bodyNeeded'));
        if (imagesWithoutAlt(html ?? '')) throw new Error(t('portal.editor.altMissing'));
      },
    },
  ];

  return (
    <>
      <PageTitle
        title={
          <Space wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => void navigate('/portal/items')}
            />
            {item?.title || t('portal.editor.newIn', { column: t(`portal.columns.${column}`) })}
            {item ? <Tag>{t(`portal.columns.${column}`)}</Tag> : null}
            {item ? <ItemStateTag item={item} /> : null}
          </Space>
        }
        extra={
          <>
            {item ? (
              <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
                {t('portal.versions.open')}
              </Button>
            ) : null}
            {item ? (
              <Button icon={<EyeOutlined />} onClick={() => void preview()}>
                {t('portal.editor.preview')}
              </Button>
            ) : null}
            {editable ? (
              <Button
                icon={<SaveOutlined />}
                type={item ? 'default' : 'primary'}
                loading={flow.busy === 'save'}
                onClick={() => void flow.save()}
              >
                {t('common.save')}
              </Button>
            ) : null}
            {item ? (
              <WorkflowButtons
                item={item}
                busy={flow.busy}
                onAct={(action, extra) => flow.act(action, extra, editable)}
              />
            ) : null}
          </>
        }
      />
      {flow.conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('portal.editor.conflict', {
            version: flow.conflict.version,
            at: formatDateTime(flow.conflict.updatedAt),
          })}
          action={
            <Space orientation="vertical">
              <Button size="small" onClick={() => setHistory(true)}>
                {t('portal.versions.open')}
              </Button>
              <Button
                size="small"
                danger
                onClick={() => flow.takeTheirs((latest) => form.setFieldsValue(valuesOf(latest)))}
              >
                {t('portal.editor.takeTheirs')}
              </Button>
            </Space>
          }
        />
      ) : null}
      {returned ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('portal.editor.returned', { by: returned.savedBy ?? '—', at: formatDateTime(returned.savedAt) })}
          description={returned.note || t('portal.editor.noNote')}
        />
      ) : null}
      {item?.state === 'published' ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('portal.editor.publishedReadOnly')} />
      ) : null}
      {item?.state === 'withdrawn' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('portal.editor.withdrawn')}
          description={item.withdrawnReason}
        />
      ) : null}
      <Form<EditorValues>
        form={form}
        layout="vertical"
        disabled={!editable}
        className={editable ? undefined : 'kg-readonly-form'}
        initialValues={valuesOf(item)}
        onValuesChange={flow.markDirty}
        requiredMark={editable ? undefined : false}
      >
        <Row gutter={16}>
          <Col xs={24} xl={17}>
            <Card>
              {editable ? <p className="kg-muted kg-needed-legend">{t('portal.editor.legend')}</p> : null}
              <Form.Item
                name="title"
                label={t('portal.fields.title')}
                rules={[{ required: true, whitespace: true, message: t('common.required') }]}
              >
                <Input maxLength={200} showCount />
              </Form.Item>
              <Form.Item name="summary" label={t('portal.fields.summary')} extra={t('portal.fields.summaryHint')}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
              <Form.Item name="source" label={t('portal.fields.source')}>
                <Input maxLength={100} style={{ maxWidth: 320 }} />
              </Form.Item>
              <ColumnFields column={column} needed={needed} readOnly={!editable} />
              <Form.Item
                name="bodyHtml"
                label={t(column === 'guide' ? 'portal.fields.bodyOptional' : 'portal.fields.body')}
                required={column !== 'guide'}
                rules={bodyRules}
              >
                <BodyEditor readOnly={!editable} label={t('portal.fields.body')} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} xl={7}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              {item ? (
                // Facts about the item, not inputs: they stay legible when the form is read-only.
                <ConfigProvider componentDisabled={false}>
                  <ItemSideCard item={item} />
                </ConfigProvider>
              ) : null}
              <Card title={t('portal.attachments.title')} size="small">
                <Form.Item name="attachments" noStyle>
                  <AttachmentList readOnly={!editable} />
                </Form.Item>
              </Card>
            </Space>
          </Col>
        </Row>
      </Form>
      {history && item ? <ItemVersionsDrawer id={item.id} onClose={() => setHistory(false)} /> : null}
    </>
  );
}
