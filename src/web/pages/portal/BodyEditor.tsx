import { BoldOutlined, DisconnectOutlined, DownOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, PictureOutlined, TableOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Divider, Dropdown, Tooltip } from 'antd';
import { type ClipboardEvent, type DragEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../lib/notify';
import { escapeHtml } from './item-form';
import { ImageModal } from './ImageModal';
import { LinkModal } from './LinkModal';
import { toggleList } from './list-toggle';
import { TableModal } from './TableModal';

const blocks = ['p', 'h2', 'h3'] as const;
type Block = (typeof blocks)[number];
type Dialog = 'image' | 'link' | 'table';

interface Formats {
  block: Block;
  bold: boolean;
  italic: boolean;
  ul: boolean;
  ol: boolean;
}

const empty = '<p><br></p>';

/** The body as the server should keep it: nothing when there is neither text nor an image or table. */
function htmlOf(el: HTMLElement): string {
  const hasContent = (el.textContent ?? '').trim() !== '' || el.querySelector('img, table') !== null;
  return hasContent ? el.innerHTML : '';
}

/** Where the caret sits: which block and which inline formats apply (for the toolbar's pressed states). */
function formatsAt(): Formats {
  const block = String(document.queryCommandValue('formatBlock')).toLowerCase();
  return {
    block: block === 'h2' || block === 'h3' ? block : 'p',
    bold: document.queryCommandState('bold'),
    italic: document.queryCommandState('italic'),
    ul: document.queryCommandState('insertUnorderedList'),
    ol: document.queryCommandState('insertOrderedList'),
  };
}

/**
 * 正文编辑器: an editable area with a toolbar for the markup the server keeps — paragraphs, two heading levels,
 * bold, italic, lists, links, uploaded images (with their text alternative) and tables. Pasted text arrives as
 * plain paragraphs, so nobody's word-processor styles reach the site. A form control: value/onChange hold HTML.
 */
export function BodyEditor({
  value,
  onChange,
  readOnly,
  id,
  label,
  images = true,
}: { value?: string; onChange?(html: string): void; readOnly?: boolean; id?: string; label: string; /** Off where the writer may not upload pictures (an applicant's 申报书). */ images?: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const ref = useRef<HTMLDivElement>(null);
  // The HTML this editor last reported: a value that differs came from outside (loading, a colleague's version).
  const reported = useRef<string | undefined>(undefined);
  const selection = useRef<Range | null>(null);
  const [formats, setFormats] = useState<Formats>({ block: 'p', bold: false, italic: false, ul: false, ol: false });
  const [dialog, setDialog] = useState<Dialog>();

  useEffect(() => {
    const el = ref.current;
    if (!el || (value ?? '') === reported.current) return;
    el.innerHTML = value || empty;
    reported.current = value ?? '';
  }, [value]);

  /** Keeps where the caret is, for when a dialog or the block-style list has taken the focus. */
  const remember = () => {
    const current = window.getSelection();
    if (!current?.rangeCount || !ref.current?.contains(current.anchorNode)) return;
    selection.current = current.getRangeAt(0).cloneRange();
    const now = formatsAt();
    setFormats((before) => ((Object.keys(now) as (keyof Formats)[]).every((k) => before[k] === now[k]) ? before : now));
  };
  useEffect(() => {
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  });

  const report = useCallback(() => {
    if (!ref.current) return;
    const html = htmlOf(ref.current);
    if (html === reported.current) return;
    reported.current = html;
    onChange?.(html);
  }, [onChange]);

  /**
   * Puts the caret back where it was before the block-style list took the focus, or — `at` — where it was
   * when a dialog opened (focus coming back from a dialog may land anywhere in the body).
   */
  const restore = (at?: Range) => {
    const el = ref.current;
    const current = window.getSelection();
    if (!el || !current || (!at && document.activeElement === el)) return;
    const range = at ?? selection.current;
    el.focus();
    current.removeAllRanges();
    if (range && el.contains(range.startContainer)) current.addRange(range);
    else {
      // Nowhere remembered: at the end of the body.
      const end = document.createRange();
      end.selectNodeContents(el);
      end.collapse(false);
      current.addRange(end);
    }
  };
  // Where the caret was when a dialog opened: what the dialog inserts goes there.
  const dialogAt = useRef<Range | undefined>(undefined);
  const open = (which: Dialog) => {
    dialogAt.current = selection.current?.cloneRange();
    setDialog(which);
  };
  const close = () => {
    setDialog(undefined);
    restore(dialogAt.current);
  };

  const run = (command: string, argument?: string, at?: Range) => {
    restore(at);
    document.execCommand('styleWithCSS', false, 'false');
    document.execCommand('defaultParagraphSeparator', false, 'p');
    document.execCommand(command, false, argument);
    setFormats(formatsAt());
    report();
  };
  /** Inserts what a dialog made where the caret was when it opened. */
  const insert = (html: string) => {
    setDialog(undefined);
    run('insertHTML', html, dialogAt.current);
  };
  const list = (tag: 'ul' | 'ol') => {
    restore();
    toggleList(ref.current!, tag);
    setFormats(formatsAt());
    report();
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    event.preventDefault();
    const text = event.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n');
    const paragraphs = text.split(/\n+/).filter((line) => line.trim());
    if (paragraphs.length <= 1) run('insertText', text.trim());
    else run('insertHTML', paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`).join(''));
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.files.length) return;
    // A dropped file would become an inline picture the server throws away: uploads go through the image button.
    event.preventDefault();
    notify.error(t('portal.editor.dropRefused'));
  };

  const tool = (name: string, icon: ReactNode, onClick: () => void, pressed?: boolean) => (
    <Tooltip title={name}>
      <Button type={pressed ? 'primary' : 'text'} ghost={pressed} size="small" icon={icon} aria-label={name} aria-pressed={pressed} disabled={readOnly} onMouseDown={(e) => e.preventDefault()} onClick={onClick} />
    </Tooltip>
  );
  const selected = () => Boolean(dialogAt.current && !dialogAt.current.collapsed);

  return (
    <div className={`kg-body-editor${readOnly ? ' kg-body-editor-readonly' : ''}`}>
      {readOnly ? null : (
        <div className="kg-body-toolbar" role="toolbar" aria-label={t('portal.editor.toolbar')}>
          <Dropdown
            trigger={['click']}
            disabled={readOnly}
            menu={{ items: blocks.map((b) => ({ key: b, label: t(`portal.editor.blocks.${b}`) })), selectable: true, selectedKeys: [formats.block], onClick: ({ key }) => run('formatBlock', key) }}
          >
            <Button size="small" type="text" onMouseDown={(e) => e.preventDefault()} aria-label={`${t('portal.editor.blockFormat')}${t('common.colon')}${t(`portal.editor.blocks.${formats.block}`)}`}>
              <span className="kg-block-label">{t(`portal.editor.blocks.${formats.block}`)}</span>
              <DownOutlined />
            </Button>
          </Dropdown>
          <Divider orientation="vertical" />
          {tool(t('portal.editor.bold'), <BoldOutlined />, () => run('bold'), formats.bold)}
          {tool(t('portal.editor.italic'), <ItalicOutlined />, () => run('italic'), formats.italic)}
          <Divider orientation="vertical" />
          {tool(t('portal.editor.bulleted'), <UnorderedListOutlined />, () => list('ul'), formats.ul)}
          {tool(t('portal.editor.numbered'), <OrderedListOutlined />, () => list('ol'), formats.ol)}
          <Divider orientation="vertical" />
          {tool(t('portal.editor.link'), <LinkOutlined />, () => open('link'))}
          {tool(t('portal.editor.unlink'), <DisconnectOutlined />, () => run('unlink'))}
          {images ? tool(t('portal.editor.image'), <PictureOutlined />, () => open('image')) : null}
          {tool(t('portal.editor.table'), <TableOutlined />, () => open('table'))}
        </div>
      )}
      <div
        ref={ref}
        id={id}
        className="kg-body-content"
        contentEditable={!readOnly}
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        aria-readonly={readOnly}
        tabIndex={0}
        onInput={report}
        onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
        onKeyUp={remember}
        onMouseUp={remember}
        onBlur={() => {
          remember();
          report();
        }}
        onPaste={onPaste}
        onDrop={onDrop}
      />
      {dialog === 'image' ? (
        <ImageModal
          onClose={close}
          onInsert={({ src, alt }) => {
            insert(`<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">`);
          }}
        />
      ) : null}
      {dialog === 'link' ? (
        <LinkModal
          needsText={!selected()}
          onClose={close}
          onInsert={({ href, text }) => {
            setDialog(undefined);
            if (selected()) run('createLink', href, dialogAt.current);
            else insert(`<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`);
          }}
        />
      ) : null}
      {dialog === 'table' ? (
        <TableModal
          onClose={close}
          onInsert={({ rows, columns, header }) => {
            const cells = (tag: 'th' | 'td') => `<tr>${Array.from({ length: columns }, () => (tag === 'th' ? '<th scope="col"><br></th>' : '<td><br></td>')).join('')}</tr>`;
            const head = header ? `<thead>${cells('th')}</thead>` : '';
            const body = Array.from({ length: rows }, () => cells('td')).join('');
            insert(`<table data-new="1">${head}<tbody>${body}</tbody></table><p><br></p>`);
            // Writing starts in the first cell.
            const table = ref.current?.querySelector('table[data-new]');
            table?.removeAttribute('data-new');
            const cell = table?.querySelector('th, td');
            if (cell) window.getSelection()?.collapse(cell, 0);
            report();
          }}
        />
      ) : null}
    </div>
  );
}
