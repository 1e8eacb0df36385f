/**
 * Images an article shows from its own folder: a local image URL is resolved
 * against the article's file, must stay inside the content folder and be an
 * image file, and is copied into the site under a name made of its content
 * hash (the same picture used by many articles is one file).
 */
import { copyFileSync, constants, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

/** `public/media/` of the site data: copied verbatim into the built site as `/media/`. */
export const MEDIA_DIR = 'public/media';

const IMAGE_TYPES = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif']);
/** Larger files are not copied into the site. */
const MAX_IMAGE_BYTES = 20 * 2 ** 20;

export interface ArticleFile {
  /** Relative to the content folder, POSIX separators. */
  file: string;
  /** Absolute path. */
  path: string;
}

/** A copied image: source path, name under MEDIA_DIR. */
export type MediaCopy = [source: string, name: string];

function contentRoot(article: ArticleFile): string | null {
  const relative = path.join(...article.file.split('/'));
  return article.path.endsWith(relative) ? article.path.slice(0, article.path.length - relative.length) : null;
}

function decoded(url: string): string | null {
  try {
    const end = url.search(/[?#]/);
    return decodeURIComponent(end < 0 ? url : url.slice(0, end));
  } catch {
    return null;
  }
}

/** The file a local image URL names, or null when it is not an image file under the content folder. */
export function localImageFile(article: ArticleFile, url: string): string | null {
  const root = contentRoot(article);
  const rel = decoded(url);
  if (root === null || !rel || rel.includes('\0')) return null;
  const file = rel.startsWith('/') ? path.join(root, rel) : path.resolve(path.dirname(article.path), rel);
  if (!file.startsWith(path.resolve(root) + path.sep) || !IMAGE_TYPES.has(path.extname(file).toLowerCase())) return null;
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() && stat.size <= MAX_IMAGE_BYTES ? file : null;
}

/** Copy `source` to `<mediaDir>/<name>` unless it is there already; false when `source` is gone. */
export function copyMedia(mediaDir: string, [source, name]: MediaCopy): boolean {
  try {
    copyFileSync(source, path.join(mediaDir, name), constants.COPYFILE_EXCL);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code !== 'EEXIST') throw error;
  }
  return true;
}

/** The resolver entry-html.ts asks: copies each found image and answers its root-relative site URL. */
export function localImages(article: ArticleFile, mediaDir: string, copied: MediaCopy[]): (url: string) => string | null {
  return (url) => {
    const file = localImageFile(article, url);
    if (!file) return null;
    const name = `${createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 20)}${path.extname(file).toLowerCase()}`;
    const copy: MediaCopy = [file, name];
    copyMedia(mediaDir, copy);
    copied.push(copy);
    return `/media/${name}`;
  };
}
