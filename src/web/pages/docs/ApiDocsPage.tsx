import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Empty, Input, Space, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { PageTitle } from '../../shell/AppLayout';

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}
interface OpenApi {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}

const methodColors: Record<string, string> = {
  get: 'blue',
  post: 'green',
  patch: 'orange',
  put: 'gold',
  delete: 'red',
};

/** Renders /api/openapi.json: every route, its parameters, request and response schemas. */
export function ApiDocsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const doc = useQuery({ queryKey: ['openapi'], queryFn: () => api<OpenApi>('GET', '/api/openapi.json') });
  const operations = useMemo(() => {
    const all = Object.entries(doc.data?.paths ?? {}).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op, tag: op.tags?.[0] ?? 'other' })),
    );
    const f = filter.toLowerCase();
    return all.filter((o) => !f || o.path.toLowerCase().includes(f) || (o.op.summary ?? '').toLowerCase().includes(f));
  }, [doc.data, filter]);
  const tags = [...new Set(operations.map((o) => o.tag))];

  return (
    <div style={{ padding: doc.data ? 0 : 24 }}>
      <PageTitle
        title={t('menu.apiDocs')}
        extra={
          <a href="/api/openapi.json" target="_blank" rel="noreferrer">
            openapi.json
          </a>
        }
      />
      {doc.isLoading ? <Spin /> : null}
      {doc.data ? (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Card>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {doc.data.info.title} <Tag>v{doc.data.info.version}</Tag>
            </Typography.Title>
            <Typography.Paragraph className="kg-muted">{doc.data.info.description}</Typography.Paragraph>
            <Input.Search
              allowClear
              placeholder={t('docs.filter')}
              style={{ maxWidth: 360 }}
              onChange={(e) => setFilter(e.target.value)}
            />
          </Card>
          {tags.length === 0 ? <Empty /> : null}
          {tags.map((tag) => (
            <Card key={tag} title={tag} size="small">
              <Collapse
                size="small"
                items={operations
                  .filter((o) => o.tag === tag)
                  .map((o) => ({
                    key: `${o.method} ${o.path}`,
                    label: (
                      <Space>
                        <Tag color={methodColors[o.method]} style={{ width: 60, textAlign: 'center' }}>
                          {o.method.toUpperCase()}
                        </Tag>
                        <code>{o.path}</code>
                        <span className="kg-muted">{o.op.summary}</span>
                      </Space>
                    ),
                    children: <OperationDetail op={o.op} />,
                  }))}
              />
            </Card>
          ))}
        </Space>
      ) : null}
    </div>
  );
}

function OperationDetail({ op }: { op: Operation }) {
  const { t } = useTranslation();
  const body = op.requestBody?.content ? Object.values(op.requestBody.content)[0]?.schema : undefined;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {op.parameters?.length ? (
        <div>
          <strong>{t('docs.parameters')}</strong>
          <ul>
            {op.parameters.map((p) => (
              <li key={`${p.in}-${p.name}`}>
                <code>{p.name}</code> <Tag>{p.in}</Tag>
                {p.required ? <Tag color="red">{t('docs.required')}</Tag> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {body ? (
        <div>
          <strong>{t('docs.requestBody')}</strong>
          <pre className="kg-json">{JSON.stringify(body, null, 2)}</pre>
        </div>
      ) : null}
      {Object.entries(op.responses ?? {}).map(([status, response]) => (
        <div key={status}>
          <strong>
            {t('docs.response')} {status}
          </strong>
          {response.content ? (
            <pre className="kg-json">{JSON.stringify(Object.values(response.content)[0]?.schema, null, 2)}</pre>
          ) : (
            <span className="kg-muted"> {response.description}</span>
          )}
        </div>
      ))}
    </Space>
  );
}
