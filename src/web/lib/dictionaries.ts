import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from './api';
import { useSession } from './auth';
import type { Jurisdiction, Section } from './types';

export function useJurisdictions(includeInactive = false) {
  return useQuery({
    queryKey: ['jurisdictions', includeInactive],
    queryFn: () =>
      api<{ items: Jurisdiction[] }>('GET', `/api/jurisdictions${includeInactive ? '?all=1' : ''}`).then(
        (r) => r.items,
      ),
    staleTime: 5 * 60_000,
  });
}

export function useSections(includeInactive = false) {
  const { user } = useSession();
  return useQuery({
    queryKey: ['sections', includeInactive],
    queryFn: () =>
      api<{ items: Section[] }>('GET', `/api/sections${includeInactive ? '?all=1' : ''}`).then((r) => r.items),
    staleTime: 5 * 60_000,
    enabled: Boolean(user),
  });
}

/** 报送渠道 for publicity. */
export function useOutlets(includeInactive = false) {
  const { user } = useSession();
  return useQuery({
    queryKey: ['outlets', includeInactive],
    queryFn: () =>
      api<{ items: Section[] }>('GET', `/api/outlets${includeInactive ? '?all=1' : ''}`).then((r) => r.items),
    staleTime: 5 * 60_000,
    enabled: Boolean(user),
  });
}

/** A dictionary entry's name in the interface language. */
export function useLocalName() {
  const { i18n } = useTranslation();
  return (entry: { name: string; nameEn: string | null } | undefined, fallback = '—') =>
    entry ? (i18n.language === 'en' && entry.nameEn ? entry.nameEn : entry.name) : fallback;
}
