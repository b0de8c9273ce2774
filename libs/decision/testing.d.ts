export * from './dist/testing/fixtures';
