import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/api';
import { ItemEditor } from './ItemEditor';
import { type PortalColumn, portalColumns, usePortalItem } from './model';

const isColumn = (value: string | null): value is PortalColumn =>
  (portalColumns as readonly (string | null)[]).includes(value);

/** /portal/items/new?column=news writes a new item; /portal/items/12 opens one. */
export function ItemEditorPage() {
  const { t } = useTranslation();
  const param = useParams().id;
  const [search] = useSearchParams();
  const fresh = param === 'new';
  const id = fresh ? undefined : Number(param);
  const item = usePortalItem(id);
  const back = <Link to="/portal/items">{t('common.back')}</Link>;

  if (fresh) {
    const column = search.get('column');
    return isColumn(column) ? (
      <ItemEditor key={`new-${column}`} column={column} />
    ) : (
      <Result status="404" title={t('portal.editor.unknownColumn')} extra={back} />
    );
  }
  if (!Number.isInteger(id)) return <Result status="404" title={t('errors.notFound')} extra={back} />;
  if (item.isLoading) return <Spin />;
  if (item.error || !item.data) {
    const notFound = item.error instanceof ApiError && item.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('errors.notFound') : item.error?.message}
        extra={back}
      />
    );
  }
  // One editor per item: its form starts from the item as loaded and is not reset by later fetches.
  return <ItemEditor key={item.data.id} column={item.data.column} item={item.data} />;
}
