import { EditOutlined } from '@ant-design/icons';
import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure, Report, Section, Segment } from './model';
import { segmentText } from './model';

interface Props {
  report: Report;
  /** Figures open the rows behind them. */
  onFigure(figure: Figure): void;
  /** Given when the reader may write: saves a part's narrative paragraphs. */
  onSaveNarrative?(section: Section, paragraphs: string[]): Promise<unknown>;
}

/**
 * The summary laid out like the printed document: each part's heading, the paragraphs the data wrote (every
 * figure a link to its rows), then what staff wrote. A writer edits a part's narrative in place; parts
 * with nothing in them are shown to a writer (to fill) but not printed.
 */
export function ReportArticle({ report, onFigure, onSaveNarrative }: Props) {
  const { t } = useTranslation();
  const segment = (s: Segment, i: number) =>
    typeof s === 'string' ? (
      <span key={i}>{s}</span>
    ) : s.metric ? (
      <button key={i} type="button" className="kg-figure" title={t('annual.trace')} onClick={() => onFigure(s)}>
        {s.text}
      </button>
    ) : (
      <b key={i}>{s.text}</b>
    );
  return (
    <article>
      <h1>{`${report.title.replace(/年度?工作总结$/, '')}${report.year}年工作总结`}</h1>
      {report.sections.map((section) =>
        section.shown || onSaveNarrative ? (
          <section key={section.key} className={section.shown ? undefined : 'kg-empty-part kg-no-print'}>
            {section.level === 1 ? <h2>{section.heading}</h2> : section.level === 2 ? <h3>{section.heading}</h3> : <div className="kg-part-caption kg-no-print">{t('annual.parts.shortcomings')}</div>}
            {section.paragraphs.map((p) => (
              <p key={segmentText(p)}>{withPunctuation(p).map(({ at, group }) => (group.length === 1 ? segment(group[0]!, at) : <span key={at} className="kg-nobr">{group.map(segment)}</span>))}</p>
            ))}
            <Narrative section={section} onSave={onSaveNarrative} />
          </section>
        ) : null,
      )}
    </article>
  );
}

/**
 * A figure is a button, which the line breaker treats as one block: keep the punctuation after it on its
 * line, as Chinese typesetting wants (no line starts with 。，；、).
 */
function withPunctuation(segments: Segment[]): { at: number; group: Segment[] }[] {
  const groups: { at: number; group: Segment[] }[] = [];
  let at = 0;
  for (const s of segments) {
    const last = groups.at(-1)?.group;
    const text = typeof s === 'string' ? s : s.text;
    const mark = typeof s === 'string' ? /^[，。；、：）”！？]+/.exec(s)?.[0] : undefined;
    if (mark && last && typeof last.at(-1) !== 'string') {
      last.push(mark);
      if (text.length > mark.length) groups.push({ at: at + mark.length, group: [text.slice(mark.length)] });
    } else groups.push({ at, group: [s] });
    // Where each group starts in the paragraph's text: a key that stays with its words.
    at += text.length;
  }
  return groups;
}

function Narrative({ section, onSave }: { section: Section; onSave?: Props['onSaveNarrative'] }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string>();
  const [saving, setSaving] = useState(false);
  const label = section.heading || t('annual.parts.shortcomings');
  if (text !== undefined && onSave) {
    const save = async () => {
      setSaving(true);
      try {
        // Paragraphs are separated by line breaks, as one writes them.
        const paragraphs = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
        await onSave(section, paragraphs);
        setText(undefined);
      } catch {
        // The text stays in the editor for another try; the message said what went wrong.
      } finally {
        setSaving(false);
      }
    };
    return (
      <div className="kg-narrative-editor kg-no-print">
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} value={text} onChange={(e) => setText(e.target.value)} aria-label={t('annual.narrativeOf', { part: label })} placeholder={t('annual.narrativePlaceholder')} />
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('common.save')}
          </Button>
          <Button onClick={() => setText(undefined)}>{t('common.cancel')}</Button>
          <Typography.Text type="secondary">{t('annual.narrativeHint')}</Typography.Text>
        </Space>
      </div>
    );
  }
  return (
    <>
      {section.narrative.map((p) => (
        <p key={p} className="kg-narrative">
          {p}
        </p>
      ))}
      {onSave ? (
        <div className="kg-no-print kg-narrative-actions">
          {!section.shown ? <Typography.Text type="secondary">{t('annual.emptyPart')}</Typography.Text> : null}
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setText(section.narrative.join('\n'))} aria-label={t('annual.writeFor', { part: label })}>
            {section.narrative.length ? t('annual.editNarrative') : t('annual.writeNarrative')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
