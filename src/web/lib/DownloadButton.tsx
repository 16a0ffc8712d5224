import { DownloadOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { downloadFile } from './api';
import { useNotify } from './notify';

/** A button that downloads a generated file, shows it is working, and says why when the server refuses. */
export function DownloadButton({
  href,
  children,
  icon,
  ...rest
}: Omit<ButtonProps, 'href' | 'onClick' | 'loading'> & { href?: string }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!href) return;
    setBusy(true);
    try {
      await downloadFile(href);
    } catch (error) {
      notify.error(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      {...rest}
      icon={icon ?? <DownloadOutlined />}
      disabled={!href || rest.disabled}
      loading={busy}
      onClick={() => void run()}
    >
      {children}
    </Button>
  );
}
