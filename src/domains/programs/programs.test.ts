import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSection, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';

let t: TestApp;
let agriculture: Client;
let social: Client;
beforeAll(async () => {
  t = await testApp();
  await ensureSection(t.db, 'social');
  const a = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
  const s = await makeUser(t.db, 'staff', { sectionCode: 'social' });
  agriculture = await login(t.app, a.username, a.password);
  social = await login(t.app, s.username, s.password);
});
afterAll(() => t.close());

describe('programs (计划类别)', () => {
  it('a section adds and edits its own programs, and the list shows them', async () => {
    const created = await agriculture.post('/api/programs', {
      name: '江苏省农业科技支撑计划',
      level: 'provincial',
      category: 'agriculture',
      sectionCode: 'agriculture',
      planTypes: ['指令性计划'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ applicantKind: 'org', active: true, planTypes: ['指令性计划'] });
    const edited = await agriculture.patch(`/api/programs/${created.json().id}`, {
      active: false,
      planTypes: ['指令性计划', '指导性计划'],
    });
    expect(edited.json()).toMatchObject({ active: false, planTypes: ['指令性计划', '指导性计划'] });
    const list = (await social.get('/api/programs')).json().items;
    expect(list.find((p: { id: number }) => p.id === created.json().id)).toMatchObject({
      name: '江苏省农业科技支撑计划',
      active: false,
    });
  });

  it("refuses another section's program, a move to another section and an unknown section", async () => {
    const created = (
      await agriculture.post('/api/programs', {
        name: '农业成果转化',
        level: 'city',
        category: 'agriculture',
        sectionCode: 'agriculture',
      })
    ).json();
    expect((await social.patch(`/api/programs/${created.id}`, { name: '改名' })).statusCode).toBe(403);
    expect((await agriculture.patch(`/api/programs/${created.id}`, { sectionCode: 'social' })).statusCode).toBe(403);
    expect(
      (
        await social.post('/api/programs', {
          name: '社发计划',
          level: 'city',
          category: 'social_development',
          sectionCode: 'agriculture',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await agriculture.post('/api/programs', {
          name: '一',
          level: 'city',
          category: 'agriculture',
          sectionCode: 'agriculture',
        })
      ).statusCode,
    ).toBe(400);
  });
});
