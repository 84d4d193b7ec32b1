import { describe, expect, it } from 'vitest';
import { MAX_HINT_CHARS, WHISPER_PROMPTS, whisperPrompt } from './transcriber.ts';

describe("Whisper's prompt", () => {
  it('is the spelling examples of the language, then the words the browser heard', () => {
    expect(whisperPrompt('fr', 'douze euros cinquante au resto')).toBe(
      `${WHISPER_PROMPTS.fr} douze euros cinquante au resto`,
    );
    expect(whisperPrompt('fr', undefined)).toBe(WHISPER_PROMPTS.fr);
    expect(whisperPrompt(undefined, ' taxi  15\ndollars ')).toBe('taxi 15 dollars');
    expect(whisperPrompt('de', '')).toBeUndefined();
  });

  it('keeps the browser words short enough for the 224 tokens Whisper reads, cut at a word', () => {
    const words = 'quarante-deux euros au marché '.repeat(40);
    const prompt = whisperPrompt('fr', words) ?? '';
    const hint = prompt.slice((WHISPER_PROMPTS.fr ?? '').length + 1);
    expect(hint.length).toBeLessThanOrEqual(MAX_HINT_CHARS);
    expect(hint.length).toBeGreaterThan(MAX_HINT_CHARS - 40);
    expect(words.startsWith(hint)).toBe(true);
    expect(words.charAt(hint.length)).toBe(' ');
    // One word longer than the limit is cut, never dropped whole.
    expect(whisperPrompt(undefined, 'x'.repeat(1000))).toBe('x'.repeat(MAX_HINT_CHARS));
  });
});
