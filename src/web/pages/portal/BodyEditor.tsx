import {
  BoldOutlined,
  DeleteColumnOutlined,
  DeleteOutlined,
  DeleteRowOutlined,
  DisconnectOutlined,
  DownOutlined,
  InsertRowBelowOutlined,
  InsertRowRightOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  TableOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import Image from '@tiptap/extension-image';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Divider, Dropdown, Tooltip } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../lib/notify';
import { ImageModal } from './ImageModal';
import { LinkModal } from './LinkModal';
import { TableModal } from './TableModal';
import { cleanOfficeHtml, isOfficeHtml } from './word-paste';

const blocks = ['p', 'h2', 'h3'] as const;
type Block = (typeof blocks)[number];
type Dialog = 'image' | 'link' | 'table';

/** Header cells name what they head, for screen readers (the server keeps `scope`). */
const ScopedHeader = TableHeader.extend({
  addAttributes() {
    return { ...this.parent?.(), scope: { default: 'col' } };
  },
});

/**
 * 正文编辑器 (TipTap): paragraphs, two heading levels, bold, italic, lists, links, uploaded images with their
 * text alternative, and tables whose rows and columns grow and shrink. Pasting from Word or WPS keeps lists,
 * tables and headings and drops their styling; undo and redo are the editor's own. What it writes is only a
 * proposal: the server sanitises every body it keeps. A form control: value/onChange hold HTML ('' when empty).
 */
export function BodyEditor({
  value,
  onChange,
  readOnly,
  id,
  label,
  images = true,
}: {
  value?: string;
  onChange?(html: string): void;
  readOnly?: boolean;
  id?: string;
  label: string /** Off where the writer may not upload pictures (an applicant's 申报书). */;
  images?: boolean;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [dialog, setDialog] = useState<Dialog>();
  // The HTML this editor last reported: a value that differs came from outside (loading, a colleague's version).
  const reported = useRef<string | undefined>(value ?? '');
  const changed = useRef(onChange);
  changed.current = onChange;

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        blockquote: false,
        link: {
          openOnClick: false,
          autolink: true,
          protocols: ['http', 'https', 'mailto'],
          HTMLAttributes: { rel: null, target: null },
        },
      }),
      Image.configure({ allowBase64: false }),
      Table.configure({ resizable: false }),
      TableRow,
      ScopedHeader,
      TableCell,
    ],
    content: value || '',
    editable: !readOnly,
    editorProps: {
      attributes: {
        class: 'kg-body-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(id ? { id } : {}),
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
      },
      transformPastedHTML: (html) => (isOfficeHtml(html) ? cleanOfficeHtml(html) : html),
      // A dropped file would become an inline picture the server throws away: uploads go through the image button.
      handleDrop: (_view, event) => {
        if (!(event as DragEvent).dataTransfer?.files.length) return false;
        event.preventDefault();
        notify.error(t('portal.editor.dropRefused'));
        return true;
      },
      handlePaste: (_view, event) => {
        if (!event.clipboardData?.files.length || event.clipboardData.getData('text/html')) return false;
        notify.error(t('portal.editor.dropRefused'));
        return true;
      },
    },
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? '' : e.getHTML();
      if (html === reported.current) return;
      reported.current = html;
      changed.current?.(html);
    },
  });

  useEffect(() => {
    if (!editor || (value ?? '') === reported.current) return;
    reported.current = value ?? '';
    editor.commands.setContent(value || '', { emitUpdate: false });
  }, [editor, value]);
  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      block: (e?.isActive('heading', { level: 2 }) ? 'h2' : e?.isActive('heading', { level: 3 }) ? 'h3' : 'p') as Block,
      bold: Boolean(e?.isActive('bold')),
      italic: Boolean(e?.isActive('italic')),
      ul: Boolean(e?.isActive('bulletList')),
      ol: Boolean(e?.isActive('orderedList')),
      link: Boolean(e?.isActive('link')),
      table: Boolean(e?.isActive('table')),
      selected: Boolean(e && !e.state.selection.empty),
      undo: Boolean(e?.can().undo()),
      redo: Boolean(e?.can().redo()),
    }),
  });
  if (!editor || !state) return null;

  const chain = () => editor.chain().focus();
  const setBlock = (block: Block) =>
    block === 'p'
      ? chain().setParagraph().run()
      : chain()
          .setHeading({ level: block === 'h2' ? 2 : 3 })
          .run();
  const tool = (
    name: string,
    icon: ReactNode,
    onClick: () => void,
    o: { pressed?: boolean; disabled?: boolean } = {},
  ) => (
    <Tooltip title={name}>
      <Button
        type={o.pressed ? 'primary' : 'text'}
        ghost={o.pressed}
        size="small"
        icon={icon}
        aria-label={name}
        aria-pressed={o.pressed}
        disabled={readOnly || o.disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
      />
    </Tooltip>
  );

  return (
    <div className={`kg-body-editor${readOnly ? ' kg-body-editor-readonly' : ''}`}>
      {readOnly ? null : (
        <div className="kg-body-toolbar" role="toolbar" aria-label={t('portal.editor.toolbar')}>
          <Dropdown
            trigger={['click']}
            menu={{
              items: blocks.map((b) => ({ key: b, label: t(`portal.editor.blocks.${b}`) })),
              selectable: true,
              selectedKeys: [state.block],
              onClick: ({ key }) => setBlock(key as Block),
            }}
          >
            <Button
              size="small"
              type="text"
              onMouseDown={(e) => e.preventDefault()}
              aria-label={`${t('portal.editor.blockFormat')}${t('common.colon')}${t(`portal.editor.blocks.${state.block}`)}`}
            >
              <span className="kg-block-label">{t(`portal.editor.blocks.${state.block}`)}</span>
              <DownOutlined />
            </Button>
          </Dropdown>
          <Divider orientation="vertical" />
          {tool(t('portal.editor.bold'), <BoldOutlined />, () => chain().toggleBold().run(), { pressed: state.bold })}
          {tool(t('portal.editor.italic'), <ItalicOutlined />, () => chain().toggleItalic().run(), {
            pressed: state.italic,
          })}
          <Divider orientation="vertical" />
          {tool(t('portal.editor.bulleted'), <UnorderedListOutlined />, () => chain().toggleBulletList().run(), {
            pressed: state.ul,
          })}
          {tool(t('portal.editor.numbered'), <OrderedListOutlined />, () => chain().toggleOrderedList().run(), {
            pressed: state.ol,
          })}
          <Divider orientation="vertical" />
          {tool(t('portal.editor.link'), <LinkOutlined />, () => setDialog('link'), { pressed: state.link })}
          {tool(
            t('portal.editor.unlink'),
            <DisconnectOutlined />,
            () => chain().extendMarkRange('link').unsetLink().run(),
            { disabled: !state.link },
          )}
          {images ? tool(t('portal.editor.image'), <PictureOutlined />, () => setDialog('image')) : null}
          {tool(t('portal.editor.table'), <TableOutlined />, () => setDialog('table'), { disabled: state.table })}
          {state.table ? (
            <>
              <Divider orientation="vertical" />
              {tool(t('portal.editor.rowAfter'), <InsertRowBelowOutlined />, () => chain().addRowAfter().run())}
              {tool(t('portal.editor.rowDelete'), <DeleteRowOutlined />, () => chain().deleteRow().run())}
              {tool(t('portal.editor.columnAfter'), <InsertRowRightOutlined />, () => chain().addColumnAfter().run())}
              {tool(t('portal.editor.columnDelete'), <DeleteColumnOutlined />, () => chain().deleteColumn().run())}
              {tool(t('portal.editor.tableDelete'), <DeleteOutlined />, () => chain().deleteTable().run())}
            </>
          ) : null}
          <Divider orientation="vertical" />
          {tool(t('portal.editor.undo'), <UndoOutlined />, () => chain().undo().run(), { disabled: !state.undo })}
          {tool(t('portal.editor.redo'), <RedoOutlined />, () => chain().redo().run(), { disabled: !state.redo })}
        </div>
      )}
      <EditorContent editor={editor} />
      {dialog === 'image' ? (
        <ImageModal
          onClose={() => setDialog(undefined)}
          onInsert={({ src, alt }) => {
            setDialog(undefined);
            chain().setImage({ src, alt }).run();
          }}
        />
      ) : null}
      {dialog === 'link' ? (
        <LinkModal
          needsText={!state.selected && !state.link}
          onClose={() => setDialog(undefined)}
          onInsert={({ href, text }) => {
            setDialog(undefined);
            if (state.selected || state.link) chain().extendMarkRange('link').setLink({ href }).run();
            else
              chain()
                .insertContent({ type: 'text', text: text || href, marks: [{ type: 'link', attrs: { href } }] })
                .run();
          }}
        />
      ) : null}
      {dialog === 'table' ? (
        <TableModal
          onClose={() => setDialog(undefined)}
          onInsert={({ rows, columns, header }) => {
            setDialog(undefined);
            // Rows counts the body rows; a header row comes on top of them.
            chain()
              .insertTable({ rows: rows + (header ? 1 : 0), cols: columns, withHeaderRow: header })
              .run();
          }}
        />
      ) : null}
    </div>
  );
}
