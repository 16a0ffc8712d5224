import { Checkbox, Empty, Pagination, Spin, type TableColumnType, type TableProps } from 'antd';
import { type ComponentType, type Key, lazy, type ReactNode, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from './viewport';

// antd's table (a sixth of the hall's bytes) is fetched only where it is drawn: a phone shows cards.
const AntTable = lazy(() => import('./ant-table')) as unknown as ComponentType<TableProps<object>>;

type Column<T> = TableColumnType<T> & { children?: Column<T>[] };

/**
 * The app's table: antd's on a screen wide enough for it; on a phone (below 768 px) each row becomes a card
 * — the first column its heading, the others label and value, the actions at its foot — so a list reads
 * down the screen instead of one character a line, and nothing scrolls sideways. Same props as antd's.
 * Tables with expanding rows or summary lines keep their columns and scroll inside their box.
 */
export function Table<T extends object>(props: TableProps<T>) {
  const phone = usePhone();
  const reachable = useKeyboardReachableTable();
  if (phone && !props.expandable && !props.summary) return <RowCards {...props} />;
  const table = phone ? { ...props, scroll: { ...props.scroll, x: 'max-content' as const } } : props;
  return (
    <div ref={reachable}>
      <Suspense fallback={<Spin spinning style={{ display: 'block', minHeight: 120 }} />}>
        <AntTable {...(table as unknown as TableProps<object>)} />
      </Suspense>
    </div>
  );
}

/**
 * Closes two gaps antd's table leaves for keyboard and screen-reader users (WCAG 2.1.1, 4.1.2), as it draws:
 * the hidden row it measures columns with carries a copy of the select-all box that Tab still reaches, so it
 * is made inert; a body that scrolls sideways can only be scrolled with a mouse, so it takes focus (and then
 * the arrow keys) and says what it is.
 */
function useKeyboardReachableTable() {
  const { t } = useTranslation();
  const observer = useRef<MutationObserver | null>(null);
  return useCallback(
    (box: HTMLDivElement | null) => {
      observer.current?.disconnect();
      if (!box) return;
      const mend = () => {
        for (const row of box.querySelectorAll('.ant-table-measure-row:not([inert])')) row.setAttribute('inert', '');
        for (const body of box.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')) {
          const scrolls = body.scrollWidth > body.clientWidth;
          if (scrolls && !body.hasAttribute('tabindex')) {
            body.tabIndex = 0;
            body.setAttribute('role', 'region');
            body.setAttribute('aria-label', t('common.scrollTable'));
          } else if (!scrolls && body.getAttribute('tabindex') === '0') {
            body.removeAttribute('tabindex');
            body.removeAttribute('role');
            body.removeAttribute('aria-label');
          }
        }
      };
      mend();
      observer.current = new MutationObserver(mend);
      observer.current.observe(box, { childList: true, subtree: true });
    },
    [t],
  );
}

function leaves<T>(columns: Column<T>[], parent = ''): { column: Column<T>; label: ReactNode }[] {
  return columns
    .filter((c) => !c.hidden)
    .flatMap((c) =>
      c.children?.length
        ? leaves(c.children, `${parent}${typeof c.title === 'string' ? `${c.title} · ` : ''}`)
        : [
            {
              column: c,
              label: parent && typeof c.title === 'string' ? `${parent}${c.title}` : (c.title as ReactNode),
            },
          ],
    );
}

function valueAt(record: object, path: TableColumnType<object>['dataIndex']): unknown {
  if (path === undefined || path === null) return undefined;
  return [path]
    .flat()
    .reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key as string], record);
}

function cell<T extends object>(column: Column<T>, record: T, index: number): ReactNode {
  const value = valueAt(record, column.dataIndex as TableColumnType<object>['dataIndex']);
  const shown = column.render ? column.render(value, record, index) : (value as ReactNode);
  // antd lets a render return { children, props } (for spans): a card wants the children.
  return shown &&
    typeof shown === 'object' &&
    'children' in (shown as object) &&
    'props' in (shown as object) &&
    !('$$typeof' in (shown as object))
    ? (shown as { children: ReactNode }).children
    : (shown as ReactNode);
}

/** An action column: no heading, or fixed to the right edge (where tables keep their buttons). */
const isActions = <T,>(c: Column<T>) =>
  c.fixed === 'right' || c.title === '' || c.title === undefined || c.key === 'actions';

function RowCards<T extends object>(props: TableProps<T>) {
  const { t } = useTranslation();
  const { dataSource = [], columns = [], rowKey = 'key', loading, pagination, rowSelection, onRow, locale } = props;
  const [localPage, setLocalPage] = useState({ current: 1, pageSize: 10 });
  const keyOf = (record: T, index: number): Key =>
    typeof rowKey === 'function' ? rowKey(record, index) : ((record as Record<string, Key>)[rowKey as string] ?? index);
  const all = leaves(columns as Column<T>[]);
  const [heading, ...rest] = all.filter(({ column }) => !isActions(column));
  const actions = all.filter(({ column }) => isActions(column));

  const paged = pagination !== false;
  const serverPaged = paged && typeof pagination === 'object' && pagination.total !== undefined;
  const current = (paged && typeof pagination === 'object' && pagination.current) || localPage.current;
  const pageSize = (paged && typeof pagination === 'object' && pagination.pageSize) || localPage.pageSize;
  const rows = paged && !serverPaged ? dataSource.slice((current - 1) * pageSize, current * pageSize) : dataSource;
  const selected = new Set(rowSelection?.selectedRowKeys ?? []);

  const turn = (page: number, size: number) => {
    setLocalPage({ current: page, pageSize: size });
    if (typeof pagination === 'object') pagination.onChange?.(page, size);
    props.onChange?.(
      { current: page, pageSize: size },
      {},
      {},
      { action: 'paginate', currentDataSource: [...dataSource] },
    );
  };

  return (
    <Spin spinning={Boolean(loading)}>
      {dataSource.length === 0 ? (
        <div className="kg-row-cards-empty">
          {(typeof locale?.emptyText === 'function' ? locale.emptyText() : locale?.emptyText) ?? <Empty />}
        </div>
      ) : (
        <ul className="kg-row-cards">
          {rows.map((record, i) => {
            const index = paged && !serverPaged ? (current - 1) * pageSize + i : i;
            const key = keyOf(record, index);
            const handlers = onRow?.(record, index) ?? {};
            return (
              <li key={key} className="kg-row-card" {...handlers}>
                <div className="kg-row-card-head">
                  {rowSelection ? (
                    <Checkbox
                      aria-label={t('common.selectRow')}
                      checked={selected.has(key)}
                      onChange={(e) => {
                        const keys = e.target.checked ? [...selected, key] : [...selected].filter((k) => k !== key);
                        rowSelection.onChange?.(
                          keys,
                          dataSource.filter((r, n) => keys.includes(keyOf(r, n))),
                          { type: 'single' },
                        );
                      }}
                    />
                  ) : null}
                  {heading ? <div className="kg-row-card-title">{cell(heading.column, record, index)}</div> : null}
                </div>
                {rest.length ? (
                  <dl className="kg-row-card-fields">
                    {rest.map(({ column, label }, n) => (
                      <div key={String(column.key ?? column.dataIndex ?? n)}>
                        <dt>{label}</dt>
                        <dd>{cell(column, record, index)}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
                {actions.length ? (
                  <div className="kg-row-card-actions">
                    {actions.map(({ column }, n) => (
                      <span key={String(column.key ?? n)}>{cell(column, record, index)}</span>
                    ))}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {paged &&
      dataSource.length > 0 &&
      (serverPaged && typeof pagination === 'object' ? (pagination.total ?? 0) : dataSource.length) > pageSize ? (
        <Pagination
          className="kg-row-cards-pages"
          simple
          size="small"
          current={current}
          pageSize={pageSize}
          total={serverPaged && typeof pagination === 'object' ? pagination.total : dataSource.length}
          onChange={turn}
          showSizeChanger={false}
        />
      ) : null}
    </Spin>
  );
}
