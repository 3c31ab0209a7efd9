export * from './schema';
export * from './validate';
export * from './model';
export * from './texts';
