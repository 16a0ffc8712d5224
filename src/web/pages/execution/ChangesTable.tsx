import { Tag } from 'antd';
import { Table } from '../../lib/table';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { formatYuan } from '../../lib/money';
import type { ContentDifference } from './types';

type Row = Record<string, string | undefined>;

/** One value or row of an agreement as a line of text, in the reader's language. */
export function useDescribe() {
  const { t } = useTranslation();
  return (field: ContentDifference['field'], value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    const row = value as Row;
    switch (field) {
      case 'startOn':
      case 'endOn':
        return formatDate(String(value));
      case 'reportEvery':
        return t(`agreement.interval.${String(value)}`);
      case 'milestones':
        return `${row.title}（${formatDate(row.dueOn)}）${row.deliverable ? `：${row.deliverable}` : ''}`;
      case 'indicators':
        return `${row.name} ${row.target} ${row.unit}`;
      case 'budget':
        return `${t(`funding.sources.${row.source}`)} · ${row.item} · ${formatYuan(row.amount)}`;
      default:
        return String(value);
    }
  };
}

/** 变更对照: each changed value or row, before and after; a row added or removed shows a dash on one side. */
export function ChangesTable({ changes }: { changes: ContentDifference[] }) {
  const { t } = useTranslation();
  const describe = useDescribe();
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(c) => `${c.field}-${c.index ?? ''}`}
      dataSource={changes}
      locale={{ emptyText: t('agreement.noChanges') }}
      columns={[
        {
          title: t('agreement.item'),
          width: 160,
          render: (_, c) => (
            <span>
              {t(`agreement.fields.${c.field}`)}
              {c.index !== undefined ? ` ${c.index + 1}` : ''}
              {c.before === null ? (
                <Tag color="green" style={{ marginLeft: 6 }}>
                  {t('agreement.added')}
                </Tag>
              ) : null}
              {c.after === null ? (
                <Tag color="red" style={{ marginLeft: 6 }}>
                  {t('agreement.removed')}
                </Tag>
              ) : null}
            </span>
          ),
        },
        {
          title: t('agreement.before'),
          render: (_, c) => <span className="kg-diff-before">{describe(c.field, c.before)}</span>,
        },
        {
          title: t('agreement.after'),
          render: (_, c) => <span className="kg-diff-after">{describe(c.field, c.after)}</span>,
        },
      ]}
    />
  );
}
