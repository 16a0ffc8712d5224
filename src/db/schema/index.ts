export * from './audit.js';
export * from './dictionaries.js';
export * from './files.js';
export * from './orgs.js';
export * from './users.js';
export * from './projects.js';
export * from './agreements.js';
export * from './patents.js';
