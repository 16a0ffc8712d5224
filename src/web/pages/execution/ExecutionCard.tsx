import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import type { ProjectDetail } from '../../lib/types';
import { AgreementCard, agreementKey } from './AgreementCard';
import { ChangeRequestsCard } from './ChangeRequestsCard';
import { ProgressReportsCard } from './ProgressReportsCard';
import { type Agreement, executionStates } from './types';

/** 项目执行 on a project's page: the agreement, the progress reports and the change requests, from approval on. */
export function ExecutionCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const agreement = useQuery({
    queryKey: agreementKey(project.id),
    queryFn: () => api<Agreement>('GET', `/api/projects/${project.id}/agreement`),
  });
  if (!executionStates.includes(project.state)) return null;
  const executing = project.state === 'approved';
  const waiting = agreement.data?.availableActions.some((a) => a !== 'save') ?? false;
  return (
    <Card title={t('execution.title')} style={{ marginTop: 16 }} data-testid="execution">
      <Tabs
        items={[
          {
            key: 'agreement',
            label: <Badge dot={waiting}>{t('execution.agreement')}</Badge>,
            children: <AgreementCard projectId={project.id} />,
          },
          {
            key: 'reports',
            label: t('execution.reports'),
            children: <ProgressReportsCard projectId={project.id} executing={executing} agreement={agreement.data} />,
          },
          {
            key: 'changes',
            label: t('execution.changes'),
            children: <ChangeRequestsCard projectId={project.id} executing={executing} agreement={agreement.data} />,
          },
        ]}
      />
    </Card>
  );
}
