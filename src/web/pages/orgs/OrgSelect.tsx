import { useTranslation } from 'react-i18next';
import { SearchSelect, type SearchSelectProps } from '../../lib/SearchSelect';
import type { Org } from '../../lib/types';

/** Chooses an active organisation from the registry by any part of its name or credit code. */
export function OrgSelect({
  initialName,
  placeholder,
  ...props
}: Omit<SearchSelectProps, 'initialLabel'> & { initialName?: string | null }) {
  const { t } = useTranslation();
  return (
    <SearchSelect<Org>
      url="/api/orgs"
      params={{ status: 'active' }}
      label={(o) => o.name}
      initialLabel={initialName}
      placeholder={placeholder ?? t('org.searchPlaceholder')}
      {...props}
    />
  );
}
