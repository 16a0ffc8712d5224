import { Form } from 'antd';
import { api } from '../../../lib/api';
import { useFormAction } from '../../../lib/form-action';
import type { ProjectDetail, SectionProblem } from '../../../lib/types';

export type SectionKey = SectionProblem['section'];

/**
 * One part of the 申报书 as its own form: it saves only what it shows (the server replaces that part and
 * keeps the rest), with the version seen, so two people filling different parts never overwrite each other's
 * whole application, and a stale page is told so.
 */
export function useSectionForm<V>(project: ProjectDetail, toBody: (values: V) => Record<string, unknown>) {
  const [form] = Form.useForm<V>();
  const { busy, run } = useFormAction(form, {
    action: (values: V) =>
      api<ProjectDetail>('PATCH', `/api/projects/${project.id}`, { ...toBody(values), version: project.version }),
    refresh: [['projects']],
  });
  return { form, busy, save: () => void run() };
}

/** Yuan as typed ("1,200.5" is not; "1200.50" is) to fen, or undefined when it is not an amount. */
export function fenOf(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return 0;
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(String(value).trim());
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : undefined;
}
