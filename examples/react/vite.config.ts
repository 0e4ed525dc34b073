import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localConsentry } from '../local-consentry.ts';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: localConsentry() },
  publicDir: '../shared/public',
});
