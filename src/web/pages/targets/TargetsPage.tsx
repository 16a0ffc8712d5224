import { Select, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/auth';
import { PageTitle } from '../../shell/AppLayout';
import { Assessments } from './Assessments';
import { IndicatorSystem } from './IndicatorSystem';
import { Cockpit } from './Cockpit';
import { Letters } from './Letters';
import { useTargetYears } from './model';
import { Reports } from './Reports';
import { MyLetters } from './UnitLetter';
import { thisYear, yearOptions } from '../../lib/clock';

/**
 * 目标责任制: the cockpit, the indicator system, the responsibility letters, progress reports and
 * assessments of a year — each tab for who works with it; a unit's liaison sees its own letter.
 */
export function TargetsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const years = useTargetYears();
  const [params, setParams] = useSearchParams();
  // The cockpit's year is the current one (when its indicator system is set); else the latest that is.
  const year =
    Number(params.get('year')) ||
    (years.data?.items.includes(thisYear()) ? thisYear() : years.data?.items[0]) ||
    thisYear();
  const bureau = can('staff', 'leader');
  const tabs = [
    ...(bureau
      ? [{ key: 'cockpit', label: t('cockpit.tab'), children: <Cockpit year={year} /> }]
      : [{ key: 'mine', label: t('letter.mine'), children: <MyLetters year={year} /> }]),
    { key: 'system', label: t('target.systemTab'), children: <IndicatorSystem year={year} /> },
    ...(bureau ? [{ key: 'letters', label: t('letter.tab'), children: <Letters year={year} /> }] : []),
    { key: 'reports', label: t('targetReport.tab'), children: <Reports year={year} /> },
    { key: 'assessments', label: t('assessment.tab'), children: <Assessments key={year} year={year} /> },
  ];
  const tab = tabs.some((x) => x.key === params.get('tab')) ? params.get('tab')! : tabs[0]!.key;
  const set = (changes: Record<string, string>) =>
    setParams((p) => ({ ...Object.fromEntries(p), ...changes }), { replace: true });
  return (
    <>
      <PageTitle
        title={t('target.title')}
        extra={
          <Select
            value={year}
            style={{ width: 110 }}
            aria-label={t('target.year')}
            onChange={(y: number) => set({ year: String(y) })}
            // The years with an indicator system, and this year and next to set one up.
            options={yearOptions(
              [...new Set([...(years.data?.items ?? []), thisYear() + 1, thisYear()])].sort((a, b) => b - a),
              (y) => t('target.yearOf', { year: y }),
            )}
          />
        }
      />
      <Tabs activeKey={tab} onChange={(key) => set({ tab: key })} items={tabs} destroyOnHidden />
    </>
  );
}
