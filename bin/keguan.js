#!/usr/bin/env node
// The `keguan` command. KeGuan runs its TypeScript sources directly (through tsx), so there is no
// separate server build to forget: `npm start` and `npx keguan` always run what is checked out.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
