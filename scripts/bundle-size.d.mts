export interface ChunkSize {
  file: string;
  gzipKb: number;
  firstLoad: boolean;
  mentionsMsw: boolean;
}
export function measureBundle(
  distDir?: string,
  page?: string,
): { firstLoadGzipKb: number; chunks: ChunkSize[] };
