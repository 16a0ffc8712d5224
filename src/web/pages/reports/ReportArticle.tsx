import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { Figure, Report, Section, Segment } from './model';
import { segmentText } from './model';

interface Props {
  report: Report;
  /** Figures open the rows behind them. */
  onFigure(figure: Figure): void;
  /** Given when the reader may write: saves a part's narrative paragraphs over the version the writer started from. */
  onSaveNarrative?(section: Section, paragraphs: string[], version: number): Promise<unknown>;
  /** The report's version now (a writer's edit starts from it). */
  version?: number;
  /** Told when a part's editor opens or closes, so nothing is finalised under an open editor. */
  onEditing?(key: string, editing: boolean): void;
}

/**
 * The summary laid out like the printed document: each part's heading, the paragraphs the data wrote (every
 * figure a link to its rows), then what staff wrote. A writer edits a part's narrative in place; parts
 * with nothing in them are shown to a writer (to fill) but not printed.
 */
export function ReportArticle({ report, onFigure, onSaveNarrative, version = 0, onEditing }: Props) {
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
      <h1>
        {/\d{4}年/.test(report.title)
          ? report.title
          : `${report.title.replace(/年度?工作总结$/, '')}${report.year}年工作总结`}
      </h1>
      {report.sections.map((section) =>
        section.shown || onSaveNarrative ? (
          <section key={section.key} className={section.shown ? undefined : 'kg-empty-part kg-no-print'}>
            {section.level === 1 ? (
              <h2>{section.heading}</h2>
            ) : section.level === 2 ? (
              <h3>{section.heading}</h3>
            ) : (
              <div className="kg-part-caption kg-no-print">{t(`annual.parts.${section.key}`)}</div>
            )}
            {keyed(section.paragraphs, segmentText).map(({ key, item: p }) => (
              <p key={key}>
                {withPunctuation(p).map(({ at, group }) =>
                  group.length === 1 ? (
                    segment(group[0]!, at)
                  ) : (
                    <span key={at} className="kg-nobr">
                      {group.map(segment)}
                    </span>
                  ),
                )}
              </p>
            ))}
            <Narrative section={section} onSave={onSaveNarrative} version={version} onEditing={onEditing} />
          </section>
        ) : null,
      )}
      {report.signature ? (
        <div className="kg-signature">
          <p>{report.signature.bureau}</p>
          <p>{formatDate(report.signature.date)}</p>
        </div>
      ) : null}
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
    if (s === '') continue;
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

/** Paragraphs with keys that stay with their words: two that read the same are told apart by which one they are. */
function keyed<T>(list: T[], textOf: (item: T) => string): { key: string; item: T }[] {
  const seen = new Map<string, number>();
  return list.map((item) => {
    const text = textOf(item);
    const n = (seen.get(text) ?? 0) + 1;
    seen.set(text, n);
    return { key: `${n}:${text}`, item };
  });
}

function Narrative({
  section,
  onSave,
  version,
  onEditing,
}: {
  section: Section;
  onSave?: Props['onSaveNarrative'];
  version: number;
  onEditing?: Props['onEditing'];
}) {
  const { t } = useTranslation();
  const [text, setText] = useState<string>();
  // The version the writer started from: a save over someone else's newer one is refused, not silent.
  const [base, setBase] = useState(version);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  // The part's name, not its numbered heading: the numbering moves as other parts fill.
  const label = t(`annual.parts.${section.key}`);
  const editing = text !== undefined && Boolean(onSave);
  useEffect(() => onEditing?.(section.key, editing), [onEditing, section.key, editing]);
  // Finalised meanwhile: an editor has nothing left to save into.
  useEffect(() => {
    if (!onSave) setText(undefined);
  }, [onSave]);
  const open = (start: string) => {
    setBase(version);
    setConflict(false);
    setText(start);
  };
  if (text !== undefined && onSave) {
    const save = async () => {
      setSaving(true);
      try {
        // Paragraphs are separated by line breaks, as one writes them.
        const paragraphs = text
          .split(/\n+/)
          .map((p) => p.trim())
          .filter(Boolean);
        // After a conflict the writer has seen the other text: saving again means theirs is meant to stand.
        await onSave(section, paragraphs, conflict ? version : base);
        setText(undefined);
        setConflict(false);
      } catch (error) {
        // The text stays in the editor; on a conflict the other writer's words are shown beside it.
        if (error instanceof ApiError && error.code === 'STALE_VERSION') setConflict(true);
      } finally {
        setSaving(false);
      }
    };
    return (
      <div className="kg-narrative-editor kg-no-print">
        {conflict ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            message={t('annual.conflict')}
            description={
              section.narrative.length
                ? section.narrative.map((p) => <div key={p}>{p}</div>)
                : t('annual.conflictEmpty')
            }
          />
        ) : null}
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 16 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label={t('annual.narrativeOf', { part: label })}
          placeholder={t('annual.narrativePlaceholder')}
        />
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('common.save')}
          </Button>
          <Button
            onClick={() => {
              setText(undefined);
              setConflict(false);
            }}
          >
            {t('common.cancel')}
          </Button>
          <Typography.Text type="secondary">{t('annual.narrativeHint')}</Typography.Text>
        </Space>
      </div>
    );
  }
  return (
    <>
      {keyed(section.narrative, (p) => p).map(({ key, item: p }) => (
        <p key={key} className="kg-narrative">
          {p}
        </p>
      ))}
      {onSave ? (
        <div className="kg-no-print kg-narrative-actions">
          {!section.shown ? <Typography.Text type="secondary">{t('annual.emptyPart')}</Typography.Text> : null}
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={() => open(section.narrative.join('\n'))}
            aria-label={t('annual.writeFor', { part: label })}
          >
            {section.narrative.length ? t('annual.editNarrative') : t('annual.writeNarrative')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
