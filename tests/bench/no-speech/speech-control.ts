/** web/src/capture/speech-control.ts without recognition (see speech.ts beside). */
export function createSpeechControl() {
  return {
    speech: {
      present: false,
      on: false,
      setOn: (on: boolean) => on,
      onDevice: async () => 'unavailable' as const,
    },
    listenAlong: () => () => null,
  };
}
