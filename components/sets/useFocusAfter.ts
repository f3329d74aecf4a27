"use client";
// Keyboard focus that follows a list as it changes: controls register under a key, an action names
// the key to land on, and focus moves there once the list has re-rendered (a gone or disabled
// control falls back to `fallback`, e.g. the list's heading).
import { useEffect, useRef, type RefObject } from "react";

export function useFocusAfter(changed: unknown, fallback: RefObject<HTMLElement | null>) {
  const controls = useRef(new Map<string, HTMLElement>());
  // A ref, not state: setting it must not cost a render of its own.
  const pending = useRef<string | null>(null);

  useEffect(() => {
    if (!pending.current) return;
    const el = controls.current.get(pending.current);
    pending.current = null;
    if (el && !(el as HTMLButtonElement).disabled) el.focus();
    else fallback.current?.focus();
  }, [changed, fallback]);

  return {
    /** `ref={focus.ref("q1:up")}` registers a control under a key. */
    ref: (key: string) => (el: HTMLElement | null) => {
      if (el) controls.current.set(key, el);
      else controls.current.delete(key);
    },
    /** Focus `key` after the next change (null: leave focus where it is). */
    after: (key: string | null) => {
      pending.current = key;
    },
    /** Focus `key` on the next frame (once a closing panel is gone). */
    soon: (key: string) => requestAnimationFrame(() => controls.current.get(key)?.focus()),
  };
}

export type FocusKeys = ReturnType<typeof useFocusAfter>;
