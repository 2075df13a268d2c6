export { buildLayout } from './build';
export type * from './model';
