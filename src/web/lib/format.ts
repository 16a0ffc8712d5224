import dayjs from 'dayjs';
import i18n from '../i18n';

const beijing = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A moment's wall-clock time in Beijing as a dayjs value to format: the bureau works in Beijing time, so a
 * deadline reads 17:00 whether the browser is in Shanghai, London or on a UTC server. A calendar day
 * (YYYY-MM-DD) is a day, not a moment, and is taken as it is.
 */
function inBeijing(value: string | Date): dayjs.Dayjs {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return dayjs(value);
  const parts = Object.fromEntries(beijing.formatToParts(new Date(value)).map((p) => [p.type, p.value]));
  return dayjs(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00`);
}

/** 2009年3月1日 in Chinese, 1 Mar 2009 in English. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  return inBeijing(value).format(i18n.language === 'en' ? 'D MMM YYYY' : 'YYYY年M月D日');
}

/** 2009年3月1日 17:00 in Beijing time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  return inBeijing(value).format(i18n.language === 'en' ? 'D MMM YYYY HH:mm' : 'YYYY年M月D日 HH:mm');
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
