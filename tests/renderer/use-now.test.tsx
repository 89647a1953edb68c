// @vitest-environment happy-dom
/**
 * useNow: every component asking for the same period reads the same time, so two lines of a
 * page that say how long ago the same check was ("Last check", a source's "Answered") agree,
 * even when one mounted between two ticks of the other's clock.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { useNow } from '../../renderer/src/use-now';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_800_000_000_000 });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Clock({ id }: { id: string }) {
  return <span data-testid={id}>{useNow()}</span>;
}

/** One clock now, a second shown later: the source row appearing after the Checks card. */
function Page() {
  const [second, setSecond] = useState(false);
  return (
    <>
      <Clock id="a" />
      {second && <Clock id="b" />}
      <button type="button" onClick={() => setSecond(true)}>
        more
      </button>
    </>
  );
}

const read = (id: string) => Number(screen.getByTestId(id).textContent);

describe('useNow', () => {
  it('gives a component mounted between ticks the same time as one mounted before', () => {
    render(<Page />);
    const start = read('a');
    act(() => vi.advanceTimersByTime(400));
    act(() => screen.getByRole('button').click());
    expect(read('b')).toBe(read('a'));
    expect(read('a')).toBe(start);
    act(() => vi.advanceTimersByTime(600));
    expect(read('a')).toBe(start + 1000);
    expect(read('b')).toBe(read('a'));
    act(() => vi.advanceTimersByTime(3000));
    expect(read('a')).toBe(start + 4000);
    expect(read('b')).toBe(start + 4000);
  });

  it('stops its timer when the last reader goes', () => {
    const { unmount } = render(<Clock id="a" />);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
