import type { Section } from '../store/types';

/**
 * The user guide (docs/huong-dan-su-dung.md) as the app shows it: one part per screen, found by its "## " heading,
 * which is the screen's name in the navigation. The guide is bundled as text, so it works offline.
 */
export interface GuidePart {
  readonly title: string;
  /** Paragraphs of the part; images are left out (the panel is narrow), their captions too. */
  readonly paragraphs: readonly string[];
}

export interface Guide {
  readonly intro: GuidePart;
  readonly parts: readonly GuidePart[];
}

export function parseGuide(markdown: string): Guide {
  const parts: GuidePart[] = [];
  let current: { title: string; lines: string[] } = { title: '', lines: [] };
  const close = () => {
    const paragraphs = current.lines
      .join('\n')
      .split(/\n\s*\n/u)
      .map((p) => p.replace(/\s*\n\s*/gu, ' ').trim())
      .filter((p) => p !== '' && !p.startsWith('!['));
    parts.push({ title: current.title, paragraphs });
  };
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,2}) (.+)$/u.exec(line);
    if (heading?.[1] === '##') {
      close();
      current = { title: heading[2]?.trim() ?? '', lines: [] };
    } else if (heading?.[1] === '#') {
      current.title = heading[2]?.trim() ?? '';
    } else {
      current.lines.push(line);
    }
  }
  close();
  const [intro = { title: '', paragraphs: [] }, ...rest] = parts;
  return { intro, parts: rest };
}

/** The part of the guide for a screen: the one titled with the screen's name (Vietnamese navigation labels). */
export function guidePartFor(guide: Guide, section: Section, screenNames: Readonly<Record<Section, string>>): GuidePart | undefined {
  const name = screenNames[section];
  return guide.parts.find((p) => p.title === name);
}

/** Inline marks of a paragraph: **bold** and `code`; everything else is plain text (never HTML). */
export type Inline = { kind: 'text' | 'strong' | 'code'; text: string };

export function inlineMarks(paragraph: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*([^*]+)\*\*|`([^`]+)`/gu;
  let last = 0;
  for (const m of paragraph.matchAll(pattern)) {
    if (m.index > last) out.push({ kind: 'text', text: paragraph.slice(last, m.index) });
    out.push(m[1] !== undefined ? { kind: 'strong', text: m[1] } : { kind: 'code', text: m[2] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < paragraph.length) out.push({ kind: 'text', text: paragraph.slice(last) });
  return out;
}
