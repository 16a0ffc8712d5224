import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { AppError, languageOf } from '../../server/errors.js';
import { writeXlsx, xlsxMediaType } from '../../shared/xlsx.js';
import { attachmentHeader } from '../../server/download-name.js';
import { actorOf } from '../audit/audit.service.js';
import {
  absenceBody,
  actOnRound,
  addAdjustment,
  adjustmentBody,
  clearAbsence,
  createRound,
  listRounds,
  markAbsent,
  removeAdjustment,
  roundAction,
  roundBody,
  roundResults,
  saveScores,
  scoresBody,
  setTeam,
  teamBody,
} from './assessments.js';
import { resultColumns } from './export.js';
import {
  actOnLetter,
  createLetter,
  decomposition,
  deleteLetter,
  letterAction,
  letterBody,
  letterDetail,
  listLetters,
  updateLetter,
} from './letters.js';
import { targetsOverview } from './overview.js';
import { bureauPeople } from './units.js';
import {
  actOnReport,
  addEvidence,
  findEvidence,
  listReports,
  removeEvidence,
  reportAction,
  reportBody,
  reportQuery,
  saveReport,
} from './reports.js';
import { indicatorBody, indicatorSystemView, targetsOverviewView } from './schema.js';
import {
  capsBody,
  copySystem,
  createIndicator,
  deleteIndicator,
  indicatorSystem,
  indicatorYears,
  saveCaps,
  updateIndicator,
} from './targets.service.js';
import { idParams } from '../../shared/schemas.js';

const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const targetReaders = ['staff', 'leader', 'liaison'] as const;

/** 目标责任制: the year's indicator system; letters, progress reports and assessments build on it. */
export async function targetRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app.deps;
  const tags = ['targets'];
  r.get(
    '/api/targets/indicators',
    {
      config: { access: ['staff', 'leader', 'liaison'] },
      schema: {
        tags,
        summary: "A year's indicator system with targets and live progress",
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: indicatorSystemView },
      },
    },
    (request) => indicatorSystem(db, request.query.year),
  );
  r.get(
    '/api/targets/years',
    {
      config: { access: ['staff', 'leader', 'liaison'] },
      schema: {
        tags,
        summary: 'Years with an indicator system, latest first',
        response: { 200: z.object({ items: z.array(z.number().int()) }) },
      },
    },
    async () => ({ items: await indicatorYears(db) }),
  );
  r.post(
    '/api/targets/indicators',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Add an indicator',
        body: indicatorBody,
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await createIndicator(db, actorOf(request), request.body)),
  );
  r.put(
    '/api/targets/indicators/:id',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Change an indicator',
        params: idParams,
        body: indicatorBody.and(z.object({ version: z.number().int().positive().optional() })),
      },
    },
    async (request) => {
      await updateIndicator(db, actorOf(request), request.params.id, request.body);
      return { ok: true };
    },
  );
  r.put(
    '/api/targets/systems/:year',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: "A year's bonus and deduction caps (加分、扣分上限)",
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        body: capsBody,
      },
    },
    async (request) => {
      await saveCaps(db, actorOf(request), request.params.year, request.body);
      return { ok: true };
    },
  );
  r.post(
    '/api/targets/systems/:year/copy',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: "Start a year's indicator system as a copy of another year's (沿用上年)",
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        body: z.object({ fromYear: z.number().int().min(2000).max(2100) }),
        response: { 201: z.object({ copied: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await copySystem(db, actorOf(request), request.params.year, request.body.fromYear)),
  );
  r.delete(
    '/api/targets/indicators/:id',
    { config: { access: ['staff'] }, schema: { tags, summary: 'Remove an indicator', params: idParams } },
    async (request, reply) => {
      await deleteIndicator(db, actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/targets/overview',
    {
      config: { access: targetReaders },
      schema: {
        tags,
        summary:
          "The year at a glance: every indicator against target (by month, this year and last), every unit's progress, projections and warnings, the latest ranking",
        querystring: yearQuery.extend({ asOf: z.coerce.number().int().min(0).max(12).optional() }),
        response: { 200: targetsOverviewView },
      },
    },
    (request) => targetsOverview(db, callerOf(request), request.query.year, request.query.asOf),
  );

  // 目标责任状
  r.get(
    '/api/targets/letters',
    {
      config: { access: targetReaders },
      schema: {
        tags,
        summary: "A year's responsibility letters",
        querystring: yearQuery.extend({
          status: z.enum(['draft', 'issued', 'signed', 'locked']).optional(),
          unitKind: z.enum(['jurisdiction', 'section', 'staff']).optional(),
        }),
      },
    },
    (request) => listLetters(db, callerOf(request), request.query),
  );
  r.get(
    '/api/targets/letters/:id',
    {
      config: { access: targetReaders },
      schema: { tags, summary: 'A letter with the indicators it carries and their shares', params: idParams },
    },
    (request) => letterDetail(db, callerOf(request), request.params.id),
  );
  r.post(
    '/api/targets/letters',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Draft a letter for a unit',
        body: letterBody,
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await createLetter(db, actorOf(request), request.body)),
  );
  r.put(
    '/api/targets/letters/:id',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Change a draft letter',
        params: idParams,
        body: letterBody.and(z.object({ version: z.number().int().positive().optional() })),
      },
    },
    async (request) => {
      await updateLetter(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return { ok: true };
    },
  );
  r.delete(
    '/api/targets/letters/:id',
    { config: { access: ['staff'] }, schema: { tags, summary: 'Delete a draft letter', params: idParams } },
    async (request, reply) => {
      await deleteLetter(db, callerOf(request), actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/targets/letters/:id/actions',
    {
      config: { access: ['staff', 'liaison'] },
      schema: {
        tags,
        summary: 'issue | withdraw | sign (with signatory and date) | lock',
        params: idParams,
        body: letterAction,
      },
    },
    (request) => actOnLetter(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/targets/bureau-people',
    {
      config: { access: ['staff', 'leader'] },
      schema: { tags, summary: 'Staff and leaders who may carry an internal letter' },
    },
    () => bureauPeople(db),
  );
  r.get(
    '/api/targets/decomposition',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary: "Each indicator's city target against the sum of the units' shares",
        querystring: yearQuery,
      },
    },
    (request) => decomposition(db, request.query.year),
  );

  // 进度报送
  r.get(
    '/api/targets/reports',
    {
      config: { access: targetReaders },
      schema: { tags, summary: 'Progress reports of manual indicators', querystring: reportQuery },
    },
    (request) => listReports(db, callerOf(request), request.query),
  );
  r.post(
    '/api/targets/reports',
    {
      config: { access: ['liaison', 'staff'] },
      schema: {
        tags,
        summary: "Write (or correct) a unit's figure for a quarter",
        body: reportBody,
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await saveReport(db, callerOf(request), actorOf(request), request.body)),
  );
  r.post(
    '/api/targets/reports/:id/evidence',
    {
      config: { access: ['liaison', 'staff'] },
      schema: {
        tags,
        summary: 'Attach evidence (multipart: file; PDF, image, Word or Excel, at most 20 MB)',
        params: idParams,
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: 'multipart/form-data' } });
      const part = await request.file();
      if (!part) throw AppError.invalid('body.file', 'no_file');
      return reply.status(201).send(
        await addEvidence(db, storage, callerOf(request), actorOf(request), request.params.id, {
          fileName: part.filename,
          bytes: await part.toBuffer(),
        }),
      );
    },
  );
  r.get(
    '/api/targets/evidence/:id',
    { config: { access: targetReaders }, schema: { tags, summary: 'Download evidence', params: idParams } },
    async (request, reply) => {
      const { file } = await findEvidence(db, callerOf(request), request.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', attachmentHeader(file.originalName))
        .header('x-content-type-options', 'nosniff')
        .send(storage.open(file.sha256));
    },
  );
  r.delete(
    '/api/targets/evidence/:id',
    {
      config: { access: ['liaison', 'staff'] },
      schema: { tags, summary: 'Remove evidence from a report still being written', params: idParams },
    },
    async (request, reply) => {
      await removeEvidence(db, callerOf(request), actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/targets/reports/:id/actions',
    {
      config: { access: ['liaison', 'staff'] },
      schema: {
        tags,
        summary: 'submit (the unit) | accept | return with a reason (staff)',
        params: idParams,
        body: reportAction,
      },
    },
    (request) => actOnReport(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );

  // 考核
  r.get(
    '/api/targets/assessments',
    {
      config: { access: targetReaders },
      schema: {
        tags,
        summary: 'Assessment rounds',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
    },
    (request) => listRounds(db, request.query),
  );
  r.post(
    '/api/targets/assessments',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Open a mid-year or year-end round',
        body: roundBody,
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await createRound(db, actorOf(request), request.body)),
  );
  r.get(
    '/api/targets/assessments/:id',
    {
      config: { access: targetReaders },
      schema: {
        tags,
        summary: "A round's scores, totals and rankings (a unit sees its own once locked)",
        params: idParams,
      },
    },
    (request) => roundResults(db, callerOf(request), request.params.id),
  );
  r.put(
    '/api/targets/assessments/:id/team',
    {
      config: { access: ['staff'] },
      schema: { tags, summary: 'The assessment team (考核组) who score on site', params: idParams, body: teamBody },
    },
    async (request) => {
      await setTeam(db, actorOf(request), request.params.id, request.body);
      return { ok: true };
    },
  );
  r.put(
    '/api/targets/assessments/:id/scores',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary: "A team member's own on-site sheet: points per unit and indicator (null clears)",
        params: idParams,
        body: scoresBody,
      },
    },
    async (request) => {
      await saveScores(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return { ok: true };
    },
  );
  r.post(
    '/api/targets/assessments/:id/absences',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Mark a unit not assessed on site, with the reason',
        params: idParams,
        body: absenceBody,
        response: { 201: z.object({ ok: z.boolean() }) },
      },
    },
    async (request, reply) => {
      await markAbsent(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return reply.status(201).send({ ok: true });
    },
  );
  r.delete(
    '/api/targets/assessments/:id/absences/:letterId',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Clear an absence',
        params: idParams.extend({ letterId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      await clearAbsence(db, actorOf(request), request.params.id, request.params.letterId);
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/targets/assessments/:id/adjustments',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'A deduction or bonus item with its reason',
        params: idParams,
        body: adjustmentBody,
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addAdjustment(db, callerOf(request), actorOf(request), request.params.id, request.body)),
  );
  r.delete(
    '/api/targets/assessments/:id/adjustments/:adjustmentId',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Remove a deduction or bonus item',
        params: idParams.extend({ adjustmentId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      await removeAdjustment(db, actorOf(request), request.params.id, request.params.adjustmentId);
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/targets/assessments/:id/actions',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary: 'lock | unlock (staff) | sign_off with the notices’ 文号 (a leader)',
        params: idParams,
        body: roundAction,
      },
    },
    (request) => actOnRound(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/targets/assessments/:id/export',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary: 'Results as .xlsx',
        params: idParams,
        querystring: z.object({ lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (request, reply) => {
      const language = request.query.lang ?? languageOf(request.headers['accept-language']);
      const results = await roundResults(db, callerOf(request), request.params.id);
      const body = await writeXlsx({
        sheetName: language === 'en' ? 'Results' : '考核结果',
        ...resultColumns(results, language),
      });
      const name =
        language === 'en'
          ? `assessment-${results.year}-${results.kind}.xlsx`
          : `${results.year}年度${results.kind === 'mid_year' ? '年中' : '年终'}考核结果.xlsx`;
      return reply
        .header('content-type', xlsxMediaType)
        .header('content-disposition', attachmentHeader(name))
        .send(body);
    },
  );
}
