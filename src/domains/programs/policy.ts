import type { Access } from '../../server/access.js';

/** 计划与申报通知: staff define programs and calls; every logged-in user may read them (applicants need open calls). */
export const canReadCalls: Access = 'authenticated';
export const canManagePrograms: Access = ['staff'];
