import { GlobalOutlined, LockOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Divider, Drawer, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../lib/DownloadButton';
import { formatDate, formatDateTime } from '../../lib/format';
import { RequestActions } from './RequestActions';
import { disclosureKey, lettersOf } from './model';
import { RequestStateTag } from './RequestStateTag';
import { answer, apiClient } from '../../lib/client';

/**
 * One request: what is asked and by whom (the applicant's details for staff only), where it stands on the
 * statutory clock, the next steps the law allows, the letters issued, and everything that happened to it.
 */
export function DisclosureDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const request = useQuery({
    queryKey: [...disclosureKey, 'one', id],
    queryFn: () => apiClient.GET('/api/disclosure/requests/{id}', { params: { path: { id } } }).then(answer),
  });
  const r = request.data;
  return (
    <Drawer
      open
      size={720}
      onClose={onClose}
      title={r ? t('disclosure.drawerTitle', { code: r.code }) : t('disclosure.title')}
      extra={
        r ? (
          <a href={`/disclosure/${r.code}`} target="_blank" rel="noreferrer">
            <GlobalOutlined /> {t('disclosure.statusPage')}
          </a>
        ) : null
      }
    >
      {!r ? (
        <Skeleton active />
      ) : (
        <>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            <Descriptions.Item label={t('disclosure.code')}>
              <Typography.Text copyable>{r.code}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('disclosure.state')}>
              <RequestStateTag request={r} />
            </Descriptions.Item>
            <Descriptions.Item label={t('disclosure.receivedOn')}>
              {formatDate(r.receivedOn)} · {t(`disclosure.channels.${r.channel}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('disclosure.dueOn')}>
              {r.state === 'answered' ? (
                t('disclosure.repliedOn', { day: formatDate(r.repliedOn) })
              ) : r.dueOn ? (
                <span className={r.overdue ? 'kg-overdue' : undefined}>{formatDate(r.dueOn)}</span>
              ) : (
                t(`disclosure.clockStopped.${r.state}`)
              )}
            </Descriptions.Item>
            {r.clockFrom !== r.receivedOn ? (
              <Descriptions.Item label={t('disclosure.clockFrom')}>{formatDate(r.clockFrom)}</Descriptions.Item>
            ) : null}
            {r.pausedDays ? (
              <Descriptions.Item label={t('disclosure.pausedDays')}>
                {t('disclosure.workingDays', { count: r.pausedDays })}
              </Descriptions.Item>
            ) : null}
            {r.extendedDays ? (
              <Descriptions.Item label={t('disclosure.extended')}>
                {t('disclosure.workingDays', { count: r.extendedDays })}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('disclosure.handler')}>
              {[r.section, r.assignee].filter(Boolean).join(' · ') || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('disclosure.description')}
          </Typography.Title>
          <Typography.Paragraph className="kg-message-body">{r.description}</Typography.Paragraph>
          {r.purpose ? (
            <Typography.Paragraph type="secondary">
              {t('disclosure.purposeIs', { purpose: r.purpose })}
            </Typography.Paragraph>
          ) : null}
          <Typography.Paragraph type="secondary">
            {t('disclosure.formIs', {
              form: t(`disclosure.forms.${r.form}`),
              delivery: t(`disclosure.deliveries.${r.delivery}`),
            })}
          </Typography.Paragraph>
          <Card
            size="small"
            className="kg-private"
            title={
              <>
                <LockOutlined /> {t('disclosure.applicantCard')}
              </>
            }
          >
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('disclosure.name')}>
                {r.name} <Tag>{t(`disclosure.kinds.${r.applicantKind}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item
                label={
                  r.applicantKind === 'person' ? t(`disclosure.idTypes.${r.idType ?? 'other'}`) : t('disclosure.uscc')
                }
              >
                {r.idNumber ?? '—'}
              </Descriptions.Item>
              {r.legalRepresentative ? (
                <Descriptions.Item label={t('disclosure.legalRepresentative')}>
                  {r.legalRepresentative}
                </Descriptions.Item>
              ) : null}
              {r.contactName ? (
                <Descriptions.Item label={t('disclosure.contactName')}>{r.contactName}</Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('disclosure.phone')}>{r.phone}</Descriptions.Item>
              {r.email ? <Descriptions.Item label={t('disclosure.email')}>{r.email}</Descriptions.Item> : null}
              <Descriptions.Item label={t('disclosure.address')} span={2}>
                {r.address}
                {r.postcode ? ` (${r.postcode})` : ''}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {r.state === 'correction' ? (
            <Alert
              style={{ marginTop: 16 }}
              type="warning"
              showIcon
              title={t('disclosure.waitingCorrection', { day: formatDate(r.correctionDueOn) })}
              description={r.correctionNote}
            />
          ) : null}
          {r.state === 'answered' ? (
            <>
              <Divider />
              <Typography.Title level={5}>
                {t('disclosure.outcome')}: {t(`disclosure.outcomes.${r.outcome}`)}
                {r.outcomeReason ? ` · ${t(`disclosure.reasons.${r.outcomeReason}`)}` : ''}
              </Typography.Title>
              <Typography.Paragraph className="kg-message-body">{r.replyText}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">
                {t('disclosure.legalBasisIs', { basis: r.legalBasis })}
              </Typography.Paragraph>
            </>
          ) : (
            <>
              <Divider />
              <RequestActions request={r} />
            </>
          )}
          {lettersOf(r).length ? (
            <>
              <Divider />
              <Typography.Title level={5}>{t('disclosure.letters')}</Typography.Title>
              <Space wrap>
                {lettersOf(r).map((kind) => (
                  <DownloadButton key={kind} href={`/api/disclosure/requests/${r.id}/letters/${kind}`}>
                    {t(`disclosure.letterNames.${kind}`)}
                  </DownloadButton>
                ))}
              </Space>
            </>
          ) : null}
          <Divider />
          <Typography.Title level={5}>{t('disclosure.history')}</Typography.Title>
          <Timeline
            items={(r.events ?? []).map((e) => ({
              key: e.id,
              content: (
                <>
                  <div>
                    <strong>{t(`disclosure.events.${e.action}`)}</strong>{' '}
                    <span className="kg-muted">
                      {formatDateTime(e.at)}
                      {e.actor ? ` · ${e.actor}` : ''}
                    </span>
                  </div>
                  {e.note ? <div className="kg-message-body">{e.note}</div> : null}
                </>
              ),
            }))}
          />
        </>
      )}
    </Drawer>
  );
}
