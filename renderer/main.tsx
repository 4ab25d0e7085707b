import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startApp } from './commands/app-start';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root trong index.html');

const { persisted, opened } = startApp(window);

createRoot(root).render(
  <StrictMode>
    <App persisted={persisted} opened={opened} />
  </StrictMode>,
);
