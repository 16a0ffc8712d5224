import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, Popconfirm, Radio, Select, Space, Tag } from 'antd';
import { Table } from '../../lib/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useFormAction } from '../../lib/form-action';
import { datePickerFormat, formatDate } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { PageTitle } from '../../shell/AppLayout';
import { thisYear } from '../../lib/clock';

interface CalendarDay {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
  source: 'official' | 'staff';
}

const calendarKey = (year: number) => ['portal', 'calendar', year] as const;

/**
 * 工作日历: the year's public holidays that fall on weekdays and the weekend days worked in their place (调休).
 * Every reply deadline of the message box counts working days by this calendar.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [year, setYear] = useState(thisYear());
  const days = useQuery({
    queryKey: calendarKey(year),
    queryFn: () => api<{ items: CalendarDay[]; official: boolean }>('GET', `/api/portal/calendar?year=${year}`),
  });
  const [form] = Form.useForm<{ day: Dayjs; kind: CalendarDay['kind']; name: string }>();
  const { busy, run } = useFormAction(form, {
    action: (v) =>
      api('PUT', `/api/portal/calendar/${v.day.format('YYYY-MM-DD')}`, { kind: v.kind, name: v.name.trim() }),
    refresh: [['portal', 'calendar']],
    onDone: () => form.resetFields(['day']),
  });
  const remove = async (day: string) => {
    try {
      await api('DELETE', `/api/portal/calendar/${day}`);
      notify.success(t('portal.calendar.removed'));
      await days.refetch();
    } catch (error) {
      notify.error(error);
    }
  };
  const weekday = (day: string) => dayjs(day).format('dddd');

  return (
    <>
      <PageTitle
        title={t('portal.calendar.title')}
        extra={
          <Select
            value={year}
            style={{ width: 120 }}
            aria-label={t('portal.messages.year')}
            onChange={setYear}
            options={Array.from({ length: 5 }, (_, i) => thisYear() + 1 - i).map((y) => ({
              value: y,
              label: t('target.yearOf', { year: y }),
            }))}
          />
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('portal.calendar.hint')} />
      {days.data && !days.data.official && !days.data.items.some((d) => d.kind === 'holiday') && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('portal.calendar.missing', { year })} />
      )}
      <Card size="small" title={t('portal.calendar.add')} style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ kind: 'holiday' }}
          onFinish={(v) => void run(v)}
          className="kg-calendar-form"
        >
          <Form.Item
            name="day"
            label={t('portal.calendar.day')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker format={datePickerFormat()} />
          </Form.Item>
          <Form.Item name="kind" label={t('portal.calendar.kind')}>
            <Radio.Group
              optionType="button"
              options={(['holiday', 'workday'] as const).map((k) => ({
                value: k,
                label: t(`portal.calendar.kinds.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('portal.calendar.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={50} style={{ width: 200 }} placeholder={t('portal.calendar.namePlaceholder')} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={busy}>
              {t('portal.calendar.save')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Table<CalendarDay>
        rowKey="day"
        size="small"
        loading={days.isFetching}
        dataSource={days.data?.items}
        pagination={false}
        locale={{ emptyText: t('portal.calendar.empty', { year }) }}
        columns={[
          { title: t('portal.calendar.day'), dataIndex: 'day', width: 180, render: (d: string) => formatDate(d) },
          { title: t('portal.calendar.weekday'), dataIndex: 'day', key: 'weekday', width: 120, render: weekday },
          {
            title: t('portal.calendar.kind'),
            dataIndex: 'kind',
            width: 140,
            render: (k: CalendarDay['kind']) => (
              <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`portal.calendar.kinds.${k}`)}</Tag>
            ),
          },
          { title: t('portal.calendar.name'), dataIndex: 'name' },
          {
            title: t('portal.calendar.source'),
            dataIndex: 'source',
            width: 120,
            render: (s: CalendarDay['source']) => (
              <Tag color={s === 'official' ? 'default' : 'gold'}>{t(`portal.calendar.sources.${s}`)}</Tag>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_, d) =>
              d.source === 'official' ? null : (
                <Space>
                  <Popconfirm
                    title={t('portal.calendar.removeConfirm', { day: formatDate(d.day) })}
                    onConfirm={() => void remove(d.day)}
                    okText={t('common.remove')}
                    cancelText={t('common.cancel')}
                  >
                    <Button
                      type="link"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('portal.calendar.removeOf', { day: formatDate(d.day) })}
                    />
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}
