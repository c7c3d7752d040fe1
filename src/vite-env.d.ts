/** The page's colours as CSS, written by vite.config.ts from src/lib/palette.ts. */
declare module 'virtual:palette.css';
