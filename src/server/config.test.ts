import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', seedDemo: true, databaseUrl: undefined });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('names each bad variable with a clear reason', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', KEGUAN_DEMO: 'yes', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT="eighty": must be a number/);
    expect(attempt).toThrow(/KEGUAN_DEMO="yes": must be 0/);
    expect(attempt).toThrow(/DATABASE_URL="mysql:\/\/x": must be a postgres/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/between 0 and 65535/);
  });

  it('holds the demo password to the password policy', () => {
    expect(() => loadConfig({ KEGUAN_DEMO_PASSWORD: 'short' })).toThrow(/KEGUAN_DEMO_PASSWORD: must be at least 10/);
    expect(loadConfig({ KEGUAN_DEMO_PASSWORD: 'Demo-Passw0rd', KEGUAN_DEMO: '0' })).toMatchObject({ demoPassword: 'Demo-Passw0rd', seedDemo: false });
  });
});
