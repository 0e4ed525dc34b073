import { ConsentProvider } from 'consentry/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config } from '../../shared/config';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsentProvider config={config}>
      <App />
    </ConsentProvider>
  </StrictMode>,
);
