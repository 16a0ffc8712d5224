import { useTranslation } from 'react-i18next';
import { SearchSelect, type SearchSelectProps } from '../../lib/SearchSelect';
import type { ProjectSummary } from '../../lib/types';

/** Chooses a project the caller may see, by any part of its title. */
export function ProjectSelect({
  initialTitle,
  ...props
}: Omit<SearchSelectProps, 'initialLabel'> & { initialTitle?: string | null }) {
  const { t } = useTranslation();
  return (
    <SearchSelect<ProjectSummary>
      url="/api/projects"
      label={(p) => `${p.title}（${p.year}）`}
      initialLabel={initialTitle}
      placeholder={t('project.searchPlaceholder')}
      {...props}
    />
  );
}
