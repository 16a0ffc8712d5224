import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DisclosureRequest } from './model';

const colors: Record<DisclosureRequest['state'], string> = {
  received: 'processing',
  correction: 'warning',
  consulting: 'purple',
  answered: 'success',
};

/** Where a request stands; past its statutory day it says so in red, and an answered one names its outcome. */
export function RequestStateTag({
  request,
}: {
  request: Pick<DisclosureRequest, 'state' | 'overdue' | 'outcome' | 'extendedDays'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={colors[request.state]}>
        {request.outcome ? t(`disclosure.outcomes.${request.outcome}`) : t(`disclosure.states.${request.state}`)}
      </Tag>
      {request.extendedDays ? <Tag>{t('disclosure.extendedTag')}</Tag> : null}
      {request.overdue ? <Tag color="error">{t('disclosure.overdue')}</Tag> : null}
    </>
  );
}
