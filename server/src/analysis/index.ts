export * from './model';
export { analyze } from './analyze';
export { scanLines, lineAt, slugify } from './text';
