import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type NamePath = string | (string | number)[];

/**
 * Rows a form holds as a list (fields of a call, partners, team members, targets, milestones): each row
 * with its remove button, an add button under them, hidden once `max` rows are there.
 */
export function RowList({
  name,
  addLabel,
  newRow,
  max,
  children,
}: {
  name: NamePath;
  addLabel: string;
  newRow?: object;
  max?: number;
  children: (row: { name: number }) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <>
          {rows.map((row) => (
            <Space key={row.key} align="start" wrap className="kg-list-row">
              {children(row)}
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={t('common.remove')}
                onClick={() => remove(row.name)}
              />
            </Space>
          ))}
          {max === undefined || rows.length < max ? (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newRow)} style={{ marginBottom: 16 }}>
              {addLabel}
            </Button>
          ) : null}
        </>
      )}
    </Form.List>
  );
}
