import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { requestPersistentStorage } from './db/database';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root trong index.html');

// Asked once at start: without it the browser may evict the data under storage pressure.
const persisted = requestPersistentStorage();

createRoot(root).render(
  <StrictMode>
    <App persisted={persisted} />
  </StrictMode>,
);
