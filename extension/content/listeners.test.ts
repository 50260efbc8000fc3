// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createListeners, extensionAlive } from './listeners';

describe('the listener collection', () => {
  it('stop removes every listener it added, bubbling and capturing, on document and window', () => {
    const listeners = createListeners();
    const seen: string[] = [];
    listeners.on(document, 'keydown', () => seen.push('keydown'));
    listeners.on(document, 'focusin', () => seen.push('focusin'), { capture: true });
    listeners.on(window, 'resize', () => seen.push('resize'), { passive: true });
    document.dispatchEvent(new KeyboardEvent('keydown'));
    document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    window.dispatchEvent(new Event('resize'));
    expect(seen).toEqual(['keydown', 'focusin', 'resize']);

    listeners.stop();
    document.dispatchEvent(new KeyboardEvent('keydown'));
    document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    window.dispatchEvent(new Event('resize'));
    expect(seen).toEqual(['keydown', 'focusin', 'resize']);
    expect(listeners.stopped).toBe(true);
  });

  it('runs every cleanup once, newest first, even when one throws; one added after stop runs at once', () => {
    const listeners = createListeners();
    const ran: number[] = [];
    listeners.onStop(() => ran.push(1));
    listeners.onStop(() => {
      throw new Error('a page broke this');
    });
    listeners.onStop(() => ran.push(3));
    listeners.stop();
    listeners.stop();
    expect(ran).toEqual([3, 1]);
    listeners.onStop(() => ran.push(4));
    expect(ran).toEqual([3, 1, 4]);
    // and a listener added after stop is never attached
    const late = vi.fn();
    listeners.on(document, 'click', late);
    document.dispatchEvent(new MouseEvent('click'));
    expect(late).not.toHaveBeenCalled();
  });

  it('the first event after the extension context died calls onDead once, not the handler', () => {
    let alive = true;
    const onDead = vi.fn();
    const handler = vi.fn();
    const listeners = createListeners({ alive: () => alive, onDead });
    listeners.on(document, 'pointermove', handler);
    document.dispatchEvent(new Event('pointermove'));
    expect(handler).toHaveBeenCalledTimes(1);
    alive = false;
    document.dispatchEvent(new Event('pointermove'));
    document.dispatchEvent(new Event('pointermove'));
    expect(handler).toHaveBeenCalledTimes(1);
    expect(onDead).toHaveBeenCalledTimes(1);
  });

  it('reads the context as dead where there is no extension runtime', () => {
    expect(extensionAlive()).toBe(false);
    vi.stubGlobal('chrome', { runtime: { id: 'abcdefghijklmnop' } });
    expect(extensionAlive()).toBe(true);
    vi.stubGlobal('chrome', { runtime: {} }); // after an update: the old script's runtime has no id
    expect(extensionAlive()).toBe(false);
    vi.unstubAllGlobals();
  });
});
