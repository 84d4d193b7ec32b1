import { describe, expect, it } from 'vitest';
import { drawDialog, type PartLoad, partShown } from './settings-parts.ts';

const come: PartLoad = { come: true, failed: false };
const onItsWay: PartLoad = { come: false, failed: false };
const failed: PartLoad = { come: false, failed: true };

describe('a part of the settings dialog, in its place', () => {
  it.each([
    [come, 'panel'],
    [onItsWay, 'waiting'],
    [failed, 'failed'],
    // Come on a try after a failure: the panel, not the failure.
    [{ come: true, failed: true }, 'panel'],
  ] as const)('%o shows %s', (part, shown) => {
    expect(partShown(part)).toBe(shown);
  });
});

describe('the settings dialog is drawn', () => {
  const base = { drawn: false, code: true, parts: [come, come], answered: true, waitOver: false };
  it.each([
    ['once its code, every part and the server are in', base, true],
    [
      'not before its own code, whatever waited',
      { ...base, code: false, waitOver: true, drawn: true },
      false,
    ],
    ['not while a part is on its way', { ...base, parts: [come, onItsWay] }, false],
    [
      'with a part failed: the failure is said in its place from the start',
      { ...base, parts: [failed, come] },
      true,
    ],
    ['not while the server has not answered', { ...base, answered: false }, false],
    [
      'once the wait is over, what is on its way drawn in its place',
      { ...base, parts: [onItsWay], answered: false, waitOver: true },
      true,
    ],
    ['and stays drawn while a part is asked again', { ...base, parts: [onItsWay], drawn: true }, true],
  ])('%s', (_, now, drawn) => {
    expect(drawDialog(now)).toBe(drawn);
  });
});
