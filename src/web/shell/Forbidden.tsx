import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** A screen the user's role may not open. */
export function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t('errors.forbiddenPage')} />;
}
