/**
 * The yardstick of npm run bench:start: the least a React + Dexie page does to show a header, a navigation and a
 * screen, read from IndexedDB. Built and served exactly like the app (Vite production build, same CSP, vite preview),
 * so the app's start-up is compared with what React and Dexie cost by themselves.
 */
import Dexie, { type EntityTable } from 'dexie';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './bare.css';

interface Note {
  id: number;
  text: string;
}

const db = new Dexie('bare-page') as Dexie & { notes: EntityTable<Note, 'id'> };
db.version(1).stores({ notes: '++id' });

/** The app's navigation labels: the bench clicks the second one and waits for its heading. */
const SCREENS = [
  'Cụm & thành viên',
  'Năm & quy tắc',
  'Bảng tiêu chí',
  'Chỉ tiêu',
  'Nhập điểm',
  'Xếp hạng',
  'Biểu đồ',
  'Khen thưởng',
  'Biểu quyết',
  'Luân phiên cụm trưởng',
  'Giao ước thi đua',
  'Nhật ký',
  'Bàn giao & sao lưu',
  'Xuất, nhập Excel',
  'Văn bản',
  'Cài đặt',
];

function BarePage() {
  const [screen, setScreen] = useState(0);
  const [count, setCount] = useState<number>();
  useEffect(() => {
    void (async () => {
      if ((await db.notes.count()) === 0) await db.notes.bulkAdd(SCREENS.map((text) => ({ text })));
      setCount(await db.notes.count());
    })();
  }, []);
  return (
    <div className="shell">
      <header>Trang trần React + Dexie</header>
      <nav aria-label="Chức năng">
        {SCREENS.map((name, i) => (
          <button key={name} type="button" aria-current={i === screen ? 'page' : undefined} onClick={() => setScreen(i)}>
            {name}
          </button>
        ))}
      </nav>
      <main>
        <h1>{SCREENS[screen]}</h1>
        {count === undefined ? <p>Đang đọc dữ liệu…</p> : <p data-ready="">{`${count} bản ghi trong IndexedDB`}</p>}
      </main>
    </div>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root');
createRoot(root).render(
  <StrictMode>
    <BarePage />
  </StrictMode>,
);
