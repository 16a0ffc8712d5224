import { Card, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../shell/AppLayout';
import { PeopleTable, talentTags } from './PeopleTable';

/** 人员库: people of the organisations in the caller's scope, with their talent-programme tags. */
export function PeopleListPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [tag, setTag] = useState<string>();
  return (
    <>
      <PageTitle title={t('menu.people')} />
      <div className="kg-filters">
        <Input.Search
          allowClear
          placeholder={t('person.searchPlaceholder')}
          style={{ width: 280 }}
          onSearch={(v) => setQ(v.trim())}
        />
        <Select
          allowClear
          placeholder={t('person.talentTags')}
          aria-label={t('person.talentTags')}
          style={{ width: 200 }}
          value={tag}
          onChange={setTag}
          options={talentTags.map((x) => ({ value: x, label: t('person.tag', { tag: x }) }))}
        />
      </div>
      <Card>
        <PeopleTable q={q || undefined} tag={tag} showOrg />
      </Card>
    </>
  );
}
