import dayjs from 'dayjs';
import i18n from '../i18n';

/** 2009年3月1日 in Chinese, 1 Mar 2009 in English. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  return dayjs(value).format(i18n.language === 'en' ? 'D MMM YYYY' : 'YYYY年M月D日');
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  return dayjs(value).format(i18n.language === 'en' ? 'D MMM YYYY HH:mm' : 'YYYY年M月D日 HH:mm');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What a DatePicker shows (2009年3月1日 / 1 Mar 2009) and also accepts when typed (2009-03-01). */
export function datePickerFormat(withTime = false): string[] {
  const time = withTime ? ' HH:mm' : '';
  return [i18n.language === 'en' ? `D MMM YYYY${time}` : `YYYY年M月D日${time}`, `YYYY-MM-DD${time}`];
}
