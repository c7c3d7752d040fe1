// The page's colours, light and dark, in one place. The build writes them as CSS custom properties
// (vite.config.ts turns `paletteCss()` into the `virtual:palette.css` stylesheet), and the charts
// and their exports read the same values here, so what is drawn, what CSS paints and what an
// exported image shows cannot disagree.

export type PaletteName =
  | 'bg'
  | 'panel'
  | 'text'
  | 'muted'
  | 'border'
  | 'accent'
  | 'danger'
  | 'danger-bg'
  | 'warning-bg'
  | 'warning-border'
  | 'accent-strong'
  | 'on-accent'
  | 'input-border'
  | 'chip-bg'
  | 'chip-border'
  | 'skeleton-a'
  | 'skeleton-b'
  | 'header-bg'
  | 'header-muted'
  | 'shadow'
  | 'chart-dprk'
  | 'chart-other'
  | 'chart-group-other'
  | 'chart-axis'
  | 'chart-grid'
  | 'chart-hatch';

export type Palette = Readonly<Record<PaletteName, string>>;
export type ThemeName = 'light' | 'dark';

const LIGHT: Palette = {
  bg: '#f6f7f9',
  panel: '#ffffff',
  text: '#1b2330',
  muted: '#5a6475',
  border: '#d9dee6',
  accent: '#1f5fa8',
  danger: '#a11d33',
  'danger-bg': '#fdecef',
  'warning-bg': '#fff6dc',
  'warning-border': '#d9b44a',
  // Backgrounds under white text (pressed buttons).
  'accent-strong': '#1f5fa8',
  'on-accent': '#ffffff',
  'input-border': '#8a94a6',
  'chip-bg': '#e8f0fb',
  'chip-border': '#9fbbe0',
  'skeleton-a': '#e7eaef',
  'skeleton-b': '#f3f5f8',
  'header-bg': '#1f2a44',
  'header-muted': '#d6dcea',
  shadow: 'rgb(27 35 48 / 15%)',
  // Chart colours: each at least 3:1 against the panel.
  'chart-dprk': '#b4233c',
  'chart-other': '#3d6b99',
  'chart-group-other': '#6b7485',
  'chart-axis': '#5a6475',
  'chart-grid': '#d9dee6',
  'chart-hatch': 'rgb(255 255 255 / 70%)',
};

const DARK: Palette = {
  ...LIGHT,
  bg: '#0f141c',
  panel: '#18202b',
  text: '#e6eaf0',
  muted: '#a7b1c2',
  border: '#364152',
  accent: '#7ab4ff',
  danger: '#ff8a9a',
  'danger-bg': '#3a1a21',
  'warning-bg': '#362d12',
  'warning-border': '#a88a2c',
  'accent-strong': '#2f6fba',
  'input-border': '#7d889a',
  'chip-bg': '#1f3350',
  'chip-border': '#3f6aa3',
  'skeleton-a': '#212b38',
  'skeleton-b': '#2a3545',
  'header-bg': '#111a2c',
  shadow: 'rgb(0 0 0 / 45%)',
  'chart-dprk': '#f0627a',
  'chart-other': '#6ea8e0',
  'chart-group-other': '#8d97a8',
  'chart-axis': '#a7b1c2',
  'chart-grid': '#364152',
  'chart-hatch': 'rgb(24 32 43 / 75%)',
};

export const PALETTES: Readonly<Record<ThemeName, Palette>> = { light: LIGHT, dark: DARK };

function declarations(palette: Palette, scheme: ThemeName): string {
  const lines = Object.entries(palette).map(([name, value]) => `  --${name}: ${value};`);
  return [`  color-scheme: ${scheme};`, ...lines].join('\n');
}

/**
 * The palette as CSS: light by default, dark when chosen (`data-theme="dark"`) or when the system
 * is dark and light was not chosen.
 */
export function paletteCss(): string {
  const dark = declarations(DARK, 'dark');
  return [
    `:root {\n${declarations(LIGHT, 'light')}\n}`,
    `[data-theme='dark'] {\n${dark}\n}`,
    `@media (prefers-color-scheme: dark) {\n  :root:not([data-theme='light']) {\n${dark.replaceAll('\n', '\n  ').replace(/^/, '  ')}\n  }\n}`,
  ].join('\n\n');
}
