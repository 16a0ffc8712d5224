import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';

/** Switches between 中文 and English; the choice is remembered in this browser. */
export function LanguageSwitch({ light = false }: { light?: boolean }) {
  const { i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      style={light ? { color: '#fff' } : undefined}
      data-testid="language-switch"
      onClick={() => void switchLanguage(next)}
    >
      {next === 'en' ? 'English' : '中文'}
    </Button>
  );
}
