import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Message } from './model';
import type { useMessageAction } from './useMessageAction';

/** 答复: the reply the writer reads with the tracking code (and the public too, if published). */
export function MessageAnswer({ message, action }: { message: Message; action: ReturnType<typeof useMessageAction> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reply: string }>();
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void action.run({ action: 'answer', reply: v.reply.trim() })}>
      <Form.Item
        name="reply"
        label={t('portal.messages.reply')}
        extra={t(message.mayPublish ? 'portal.messages.replyHintPublic' : 'portal.messages.replyHint')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.busy === 'answer'}>
        {t('portal.messages.answer')}
      </Button>
    </Form>
  );
}
