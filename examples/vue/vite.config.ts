import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { localConsentry } from '../local-consentry.ts';

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: localConsentry() },
  publicDir: '../shared/public',
});
