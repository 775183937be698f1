import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * GraphiQL, built apart from the admin app so neither loads the other's libraries:
 * dist/graphiql/, which the API serves to a browser that opens /graphql (assets under /admin/graphiql/).
 */
export default defineConfig({
  root: fileURLToPath(new URL('./graphiql', import.meta.url)),
  base: '/admin/graphiql/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
