import { App } from 'antd';

/** Toasts for the outcome of an action; antd returns a promise for each, which nobody needs to wait for. */
export function useNotify() {
  const { message } = App.useApp();
  return {
    success: (text: string) => void message.success(text),
    error: (error: unknown) => void message.error(error instanceof Error ? error.message : String(error)),
  };
}
