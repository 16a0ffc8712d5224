import { Form } from 'antd';
import { useState } from 'react';
import { applyServerError } from './errors';

/**
 * A small form in a dialog: validates, sends, closes on success; a refusal puts the server's reasons on
 * their fields and returns its message for the dialog's banner.
 */
export function useDialogForm<V extends object>(send: (values: V) => Promise<unknown>, done: () => void) {
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string>();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await send(values);
      done();
    } catch (e) {
      setError(applyServerError(form, e));
    }
  };
  return { form, error, submit };
}
