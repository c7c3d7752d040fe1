import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CopyLink } from '../../../src/features/export/copy-link';

describe('Copy link', () => {
  it('copies the URL of the current view and confirms it', async () => {
    const user = userEvent.setup(); // gives the page a clipboard to write to
    window.history.replaceState(null, '', '/?from=2025-01&to=2025-09&attribution=DPRK');
    render(<CopyLink />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
    await expect(navigator.clipboard.readText()).resolves.toBe(
      `${window.location.origin}/?from=2025-01&to=2025-09&attribution=DPRK`,
    );
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?category=bridge');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    render(<CopyLink />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue(`${window.location.origin}/?category=bridge`);
    expect(field).toHaveAttribute('readonly');
    expect(screen.getByRole('status')).not.toHaveTextContent('Link copied');
  });
});
