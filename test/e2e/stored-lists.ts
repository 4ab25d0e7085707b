/**
 * The body of a year row read straight from IndexedDB, as a tool outside the app would: its scores and peer scores
 * are stored packed into columns (renderer/db/packed-list.ts). This is the source of a function of `body` that turns
 * them back into plain arrays in place, for page.evaluate (new Function('body', PLAIN_LISTS)). Written out here rather
 * than imported, so the tests read the stored format the way someone without the app's code would. Make the function
 * while DevTools evaluates (the page's CSP refuses new Function in a later callback). A body written
 * back with plain arrays is still read by the app (rows from before packing hold them).
 */
export const PLAIN_LISTS = `
for (const key of ['scores', 'peerScores']) {
  const list = body[key];
  if (!list || list.packed !== 'columns-1') continue;
  const width = list.fields.length;
  const out = [];
  for (let i = 0; i < list.count; i += 1) {
    const record = {};
    for (let f = 0; f < width; f += 1) {
      const cell = list.cells[i * width + f];
      if (Number.isNaN(cell)) continue;
      record[list.fields[f]] = list.kinds[f] === 'number' ? cell : list.strings[cell];
    }
    out.push(record);
  }
  body[key] = out;
}`;
