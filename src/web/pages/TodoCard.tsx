import { ClockCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Empty, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, apiClient, type ResponseOf } from '../lib/client';
import { formatDateTime } from '../lib/format';

/** One item of the to-do list, as /api/todos declares it. */
type Todo = ResponseOf<'/api/todos'>['items'][number];

/** 待办: what waits for this user, each line a link to the list that holds it. */
export function TodoCard() {
  const { t } = useTranslation();
  const todos = useQuery({ queryKey: ['todos'], queryFn: () => apiClient.GET('/api/todos').then(answer) });
  const line = (todo: Todo) => {
    if (todo.kind === 'approvals' || todo.kind === 'approvals_overdue')
      return { to: '/approvals?scope=waiting', text: t(`todo.${todo.kind}`, { count: todo.count }) };
    if (todo.kind === 'target_reports_due')
      return { to: '/targets?tab=reports', text: t('todo.target_reports_due', { count: todo.count }) };
    if (todo.kind === 'scores')
      return { to: '/projects?state=under_review', text: t('todo.scores', { count: todo.count }) };
    if (todo.kind === 'overdue_reviews')
      return { to: '/projects?state=under_review', text: t('todo.overdue_reviews', { count: todo.count, days: 14 }) };
    if (todo.kind === 'overdue_reports')
      return { to: '/execution?kind=reports&filter=overdue', text: t('todo.overdue_reports', { count: todo.count }) };
    if (todo.kind === 'agreements' || todo.kind === 'reports' || todo.kind === 'changes') {
      return { to: `/execution?kind=${todo.kind}&filter=waiting`, text: t(`todo.${todo.kind}`, { count: todo.count }) };
    }
    if (todo.kind === 'expiring_qualifications')
      return {
        to: '/qualifications?expiring=true',
        text: t('registry.qualifications.expiring', { count: todo.count }),
      };
    if (todo.kind === 'target_reports' || todo.kind === 'target_reports_returned')
      return { to: '/targets?tab=reports', text: t(`todo.${todo.kind}`, { count: todo.count }) };
    if (todo.kind === 'portal_review')
      return { to: '/portal/items?state=review', text: t('todo.portal_review', { count: todo.count }) };
    if (todo.kind === 'portal_messages' || todo.kind === 'portal_overdue')
      return {
        to: `/portal/messages?state=${todo.kind === 'portal_overdue' ? 'overdue' : 'open'}`,
        text: t(`todo.${todo.kind}`, { count: todo.count }),
      };
    if (todo.kind === 'open_gov_report_due')
      return { to: '/reports/open-gov', text: t('todo.open_gov_report_due', { year: todo.year }) };
    if (todo.kind === 'calendar_missing')
      return { to: '/portal/calendar', text: t('todo.calendar_missing', { year: todo.year }) };
    if (
      todo.kind === 'disclosure_open' ||
      todo.kind === 'disclosure_due_soon' ||
      todo.kind === 'disclosure_overdue' ||
      todo.kind === 'disclosure_correction_lapsed'
    ) {
      const state = {
        disclosure_overdue: 'overdue',
        disclosure_due_soon: 'due_soon',
        disclosure_correction_lapsed: 'correction',
        disclosure_open: 'open',
      }[todo.kind];
      return { to: `/disclosure?state=${state}`, text: t(`todo.${todo.kind}`, { count: todo.count }) };
    }
    if (todo.kind === 'letters_to_sign')
      return { to: '/targets', text: t('todo.letters_to_sign', { count: todo.count }) };
    if (todo.kind === 'closing')
      return {
        to: `/projects?callId=${todo.callId}`,
        text: t('todo.closing', { title: todo.callTitle, at: formatDateTime(todo.dueAt) }),
      };
    return { to: `/projects?state=${todo.state}`, text: t(`todo.state.${todo.state}`, { count: todo.count }) };
  };
  return (
    <Card title={t('todo.title')} style={{ marginBottom: 16 }}>
      <List
        loading={todos.isLoading}
        dataSource={todos.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todo.none')} /> }}
        renderItem={(todo) => {
          const { to, text } = line(todo);
          return (
            <List.Item
              extra={
                (todo.kind === 'state' || todo.kind === 'reports' || todo.kind === 'scores') && todo.dueAt ? (
                  <span className="kg-muted">
                    <ClockCircleOutlined /> {formatDateTime(todo.dueAt)}
                  </span>
                ) : null
              }
            >
              <span>
                <Badge
                  status={
                    todo.kind === 'overdue_reports' ||
                    todo.kind === 'overdue_reviews' ||
                    todo.kind === 'target_reports_returned' ||
                    todo.kind === 'approvals_overdue'
                      ? 'error'
                      : todo.kind === 'closing'
                        ? 'warning'
                        : 'processing'
                  }
                />
                <Link to={to} style={{ marginLeft: 8 }}>
                  {text}
                </Link>
              </span>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
